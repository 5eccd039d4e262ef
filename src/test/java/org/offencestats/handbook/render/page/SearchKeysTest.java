package org.offencestats.handbook.render.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical keys the search index holds; search.js turns a query into the same forms. */
class SearchKeysTest {

    @Test
    void codesOutcomesClassesAndReferencesHaveOneForm() {
        assertThat(SearchKeys.offence("86/2")).isEqualTo("086/02");
        assertThat(SearchKeys.offence("086/02")).isEqualTo("086/02");
        assertThat(SearchKeys.offence("8/1")).isEqualTo("008/01");
        assertThat(SearchKeys.offence("not a code")).isEqualTo("not a code");
        assertThat(SearchKeys.outcome("21")).isEqualTo("outcome 21");
        assertThat(SearchKeys.outcome("01")).isEqualTo("outcome 1");
        assertThat(SearchKeys.outcome("1A")).isEqualTo("outcome 1a");
        assertThat(SearchKeys.offenceClass("17A")).isEqualTo("class 17a");
        assertThat(SearchKeys.reference("1040A/22")).isEqualTo("1040a/22");
        assertThat(SearchKeys.reference("FOI 2572-15")).isEqualTo("2572/15");
        assertThat(SearchKeys.reference(" 1148A _ 20 ")).isEqualTo("1148a/20");
    }
}

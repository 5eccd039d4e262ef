package org.offencestats.handbook.pipeline;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page-weight budget: for each kind of page, the HTML, CSS and JS a reader downloads for its heaviest page stays
 * within the budget recorded in src/test/resources/page-weight-budget.properties. Raise a budget only on purpose.
 */
class PageWeightTest {

    private static Map<String, Long> budget() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PageWeightTest.class.getResourceAsStream("/page-weight-budget.properties")) {
            p.load(in);
        }
        Map<String, Long> budget = new TreeMap<>();
        p.forEach((k, v) -> budget.put(k.toString(), Long.parseLong(v.toString().strip())));
        return budget;
    }

    @Test
    void everyKindOfPageIsWithinItsBudget() throws IOException {
        SortedMap<String, Map.Entry<String, Long>> heaviest = PageWeight.heaviest(SiteFixture.seeds().site().files());
        heaviest.forEach((kind, page) -> System.out.printf("page weight: %-11s %9d bytes  (%s)%n", kind, page.getValue(), page.getKey()));
        assertThat(heaviest).containsKeys("home", "disclosure", "entity", "index", "search", "data", "editorial");
        assertThat(PageWeight.overBudget(heaviest, budget())).isEmpty();
    }

    @Test
    void aPageOverItsBudgetIsReported() throws IOException {
        SortedMap<String, Map.Entry<String, Long>> heaviest = PageWeight.heaviest(SiteFixture.seeds().site().files());
        Map<String, Long> tight = new TreeMap<>(budget());
        tight.put("disclosure", heaviest.get("disclosure").getValue() - 1);
        assertThat(PageWeight.overBudget(heaviest, tight)).singleElement().asString()
                .startsWith("disclosure: " + heaviest.get("disclosure").getKey() + " weighs");
    }
}

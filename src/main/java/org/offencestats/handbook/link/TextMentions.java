package org.offencestats.handbook.link;

import org.offencestats.handbook.parse.CodeReader;

import java.util.Locale;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offence codes ("86/2", "086/02") and outcome types ("outcome 16") a piece of running text names, kept only
 * when the taxonomy knows them. One matcher for passages, captions, questions and stated figures alike.
 */
final class TextMentions {

    private static final Pattern CODE_IN_TEXT = Pattern.compile("(?<![\\d/])(\\d{1,3})/(\\d{1,2})(?![\\d/])");
    private static final Pattern OUTCOME_IN_TEXT = Pattern.compile("(?i)\\boutcome\\s+(\\d{1,2}[A-Z]?)\\b");

    private final TaxonomyIndex taxonomy;

    TextMentions(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Adds the codes and outcome types {@code text} names (nothing when it is null). */
    void collect(String text, SortedSet<String> offences, SortedSet<String> outcomes) {
        if (text == null) {
            return;
        }
        Matcher m = CODE_IN_TEXT.matcher(text);
        while (m.find()) {
            String code = CodeReader.canonical(m.group(1), m.group(2));
            if (taxonomy.offence(code).isPresent()) {
                offences.add(code);
            }
        }
        m = OUTCOME_IN_TEXT.matcher(text);
        while (m.find()) {
            String type = m.group(1).toUpperCase(Locale.ROOT);
            if (taxonomy.outcome(type).isPresent()) {
                outcomes.add(type);
            }
        }
    }
}

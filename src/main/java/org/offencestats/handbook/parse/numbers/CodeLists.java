package org.offencestats.handbook.parse.numbers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds lists of offence codes: a line that introduces codes or classifications and ends with a colon ("Here's the
 * list of Home Office codes:"), then list items that start with codes ("17A, 17B, 20A Sexual assault", "23 Familial
 * sexual offences"). The numbers an item starts with are codes there, not counts.
 */
final class CodeLists {

    private static final Pattern INTRO = Pattern.compile("(?i).*\\b(?:home\\s+office|HO|offence|crime|notifiable)\\s+"
            + "(?:codes?|classifications?|class(?:es)?|categor(?:y|ies))\\b.*:\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[•·*-]\\s*)?\\d{1,3}[A-Z]?(?:\\s*,\\s*\\d{1,3}[A-Z]?)*,?\\s+\\p{L}.*");
    private static final Pattern CODE_START = Pattern.compile("^[•·*-]?\\s*\\d{1,3}[A-Z].*");
    private static final Pattern LEADING_CODES = Pattern.compile("^\\s*(?:[•·*-]\\s*)?(\\d{1,3}[A-Z]?(?:\\s*,\\s*\\d{1,3}[A-Z]?)*)");

    private CodeLists() {
    }

    /** The 1-based numbers of the lines that are items of a code list, each with its leading codes' end offset. */
    static Set<Integer> itemLines(List<String> lines) {
        Set<Integer> items = new HashSet<>();
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // INTRO ends with a colon: a line without one cannot match it.
            if (line.indexOf(':') >= 0 && INTRO.matcher(line).matches()) {
                open = true;
            } else if (open && ITEM.matcher(line).matches()) {
                items.add(i + 1);
            } else if (!line.isBlank() && !(open && CODE_START.matcher(line.strip()).matches())) {
                open = false;
            }
        }
        return items;
    }

    /** The end offset of the codes an item line starts with. */
    static int codesEnd(String line) {
        var m = LEADING_CODES.matcher(line);
        return m.find() ? m.end(1) : 0;
    }
}

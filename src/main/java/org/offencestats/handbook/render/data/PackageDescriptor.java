package org.offencestats.handbook.render.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data package descriptor (datapackage.json), written from parts: its own fields, then each disclosure's entry
 * in "sources" and entries in "resources", each serialised on its own and put in its array as a raw value. Jackson's
 * indented layout writes an array's elements one after another with ", " between them and indents an element by its
 * depth alone, so the descriptor so written is exactly the descriptor serialised whole; the preview keeps each disclosure's part while the disclosure
 * is unchanged, and an edit serialises again only the edited disclosure's part.
 */
final class PackageDescriptor {

    /** One disclosure's part: its entry in "sources" and its entries in "resources", as indented JSON elements. */
    record Part(String source, String resources) {
    }

    private static final String MARK = "handbook-datapackage-part";

    private final ObjectMapper json;
    private final List<String> sources = new ArrayList<>();
    private final List<String> resources = new ArrayList<>();

    PackageDescriptor(ObjectMapper json) {
        this.json = json;
    }

    static Part part(ObjectMapper json, Map<String, Object> source, List<Map<String, Object>> resources) {
        return new Part(elements(json, List.of(source)), elements(json, resources));
    }

    /** Resources of the whole handbook, listed before the disclosures'. */
    void addResources(List<Map<String, Object>> values) {
        add(resources, elements(json, values));
    }

    void add(Part part) {
        add(sources, part.source());
        add(resources, part.resources());
    }

    private static void add(List<String> parts, String elements) {
        if (!elements.isEmpty()) {
            parts.add(elements);
        }
    }

    /**
     * The whole descriptor: {@code fields} (in order, with "sources" and "resources" among them) and the parts added,
     * each written by Jackson as a raw value in its array (the parts are already indented for their depth).
     */
    String write(Map<String, Object> fields) {
        fields.put("sources", sources.stream().map(RawValue::new).toList());
        fields.put("resources", resources.stream().map(RawValue::new).toList());
        return write(json, fields) + "\n";
    }

    /** {@code values} as the elements of an indented array one level inside the descriptor: what is between "[ " and " ]". */
    static String elements(ObjectMapper json, List<?> values) {
        if (values.isEmpty()) {
            return "";
        }
        String marked = write(json, Map.of("x", List.of(MARK)));
        String open = marked.substring(0, marked.indexOf("\"" + MARK + "\""));
        String close = marked.substring(marked.indexOf("\"" + MARK + "\"") + MARK.length() + 2);
        String whole = write(json, Map.of("x", values));
        if (!whole.startsWith(open) || !whole.endsWith(close)) {
            throw new IllegalStateException("unexpected layout of an indented array");
        }
        return whole.substring(open.length(), whole.length() - close.length());
    }

    private static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("open data is always serialisable", e);
        }
    }
}

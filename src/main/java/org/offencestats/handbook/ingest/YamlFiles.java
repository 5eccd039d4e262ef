package org.offencestats.handbook.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into typed records with safe settings: unknown keys are errors (a misspelt key never passes
 * silently), no polymorphic types, and limits on aliases, nesting and size.
 */
public final class YamlFiles {

    private final ObjectMapper mapper;

    public YamlFiles() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        mapper = new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Parses {@code text} (the content of {@code file}) as {@code type}; any failure names the file and line. */
    public <T> T read(String text, Class<T> type, String file, String expected) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new InputError(SourceRef.line(file, 1), "the YAML document is empty", expected,
                        "write the YAML keys described in the README");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            java.util.List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw new InputError(keyLine(text, e.getPropertyName(), file, e.getLocation()), "unknown key \"" + e.getPropertyName() + "\"",
                    "one of " + String.join(", ", known), "correct the spelling or remove the key", e);
        } catch (JsonProcessingException e) {
            throw new InputError(where(file, e.getLocation()), "cannot read YAML: " + e.getOriginalMessage(),
                    expected, "check indentation, quoting (quote values containing ':' or '#') and value types", e);
        }
    }

    /** The line where a key is written: the parser's own location is already past it. */
    private static SourceRef keyLine(String text, String key, String file, JsonLocation fallback) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("^[\\s-]*[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = pattern.matcher(lines[i]);
            if (m.find()) {
                return new SourceRef(file, i + 1, lines[i].indexOf(key) + 1);
            }
        }
        return where(file, fallback);
    }

    private static SourceRef where(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceRef.line(file, 1);
        }
        return new SourceRef(file, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }
}

package org.offencestats.handbook.measure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A corpus's hand-checked figures ({@code truth.json}): per file, every statistical figure with its value and line,
 * and a selection of number-like tokens that are not figures. Only the fields the measurement uses are read.
 */
public record CorpusTruth(Map<String, FileTruth> files) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileTruth(String force, String reference, String layout, List<TruthFigure> figures,
                            List<TruthNonFigure> non_figures) {
        public FileTruth {
            figures = figures == null ? List.of() : List.copyOf(figures);
            non_figures = non_figures == null ? List.of() : List.copyOf(non_figures);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TruthFigure(String what, long value, int line, String printed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TruthNonFigure(String printed, int line, String why) {
    }

    public static CorpusTruth read(Path truthJson) throws IOException {
        Map<String, FileTruth> files = new ObjectMapper().readValue(truthJson.toFile(), new TypeReference<Map<String, FileTruth>>() { });
        return new CorpusTruth(new TreeMap<>(files));
    }
}

package org.offencestats.handbook.model;

import java.util.List;

/** Everything the parser read from one disclosure text, each piece with its place in the source. */
public record ParsedDisclosure(String file, List<Block> blocks, List<DataTable> tables, List<Question> questions,
                               List<StatedFigure> statedFigures, List<Exemption> exemptions,
                               List<String> statedReferences, List<Problem> problems, NumberLedger numbers) {

    public ParsedDisclosure {
        blocks = List.copyOf(blocks);
        tables = List.copyOf(tables);
        questions = List.copyOf(questions);
        statedFigures = List.copyOf(statedFigures);
        exemptions = List.copyOf(exemptions);
        statedReferences = List.copyOf(statedReferences);
        problems = List.copyOf(problems);
        numbers = numbers == null ? NumberLedger.EMPTY : numbers;
    }

    public List<Passage> passages(PassageKind kind) {
        return blocks.stream().filter(b -> b instanceof Passage p && p.kind() == kind).map(b -> (Passage) b).toList();
    }

    public DataTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id + " in " + file));
    }
}

package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Exemption;
import org.offencestats.handbook.model.ExemptionKind;
import org.offencestats.handbook.model.Footnote;
import org.offencestats.handbook.model.NumberLedger;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Passage;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.SourceText;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.model.TablePlacement;
import org.offencestats.handbook.parse.numbers.NumberLedgerBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a disclosure text into tables, questions, narrative passages, stated figures and exemptions, each with
 * its line in the source. Content it cannot read is reported as a problem; nothing is dropped silently.
 */
public final class DisclosureParser {

    public ParsedDisclosure parse(SourceText source) {
        return new Run(source).parse();
    }

    /** The state of one parse: a new one per file, so a parser instance can be shared. */
    private static final class Run {

        /** Table layouts beyond tabs and the seeds' spaced tables, tried in order at each line of narrative, most specific first. */
        private static final List<LayoutReader> LAYOUTS = List.of(new YearCountTableReader(), new SlashTableReader(), new CellPerLineReader(),
                new OneLineTableReader(), new SpacedColumnsReader());
        /** Readers of figures stated on lines of narrative, tried in order. */
        private static final List<FigureLineReader> FIGURE_LINES = List.of(new YearFigureLineReader(), new AnswerLineReader(),
                new LabelValueLineReader(), new ProseFigureReader(), new ProseCountReader());

        private static final Pattern LETTER_ITEM = Pattern.compile("^[a-z][.)]\\s+\\S.*$");
        private static final Pattern TABLE_WORDING = Pattern.compile("(?i)^table\\b.*|.*\\btable below\\b.*|.*\\bfollowing table\\b.*");

        private final String file;
        private final List<SourceLine> lines = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<TableAssembly> tables = new ArrayList<>();
        private final List<QuestionDraft> questions = new ArrayList<>();
        private final List<StatedFigure> statedFigures = new ArrayList<>();
        private final List<Exemption> exemptions = new ArrayList<>();
        private final Set<String> references = new LinkedHashSet<>();
        private final Map<Integer, String> seeTableLinks = new LinkedHashMap<>();
        private final QuestionReader questionReader = new QuestionReader();
        private final AnswerSections sections = new AnswerSections();
        private Integer headedQuestion;
        private int questionLine = -1;

        private String context;
        private TableAssembly footnoteTarget;
        private Integer pendingNumber;
        private int pendingNumberBlock = -1;
        private boolean captionNext;
        private String pendingTitle;
        private int pendingTitleBlock = -1;
        private String pendingWeakTitle;

        Run(SourceText source) {
            this.file = source.file();
            for (int i = 0; i < source.lines().size(); i++) {
                lines.add(new SourceLine(i + 1, source.lines().get(i)));
            }
        }

        ParsedDisclosure parse() {
            int i = 0;
            while (i < lines.size()) {
                SourceLine line = lines.get(i);
                if (line.isBlank()) {
                    i++;
                } else if (line.hasTab()) {
                    i = readTabTable(i);
                } else if (SpacedTableReader.lengthAt(lines, i) > 0) {
                    int length = SpacedTableReader.lengthAt(lines, i);
                    addTable(new SpacedTableReader(file, problems).read(lines.subList(i, i + length)));
                    i += length;
                } else {
                    takeAnswerNumber(Markup.strip(line.text()));
                    Optional<LayoutReading> layout = readLayout(i);
                    if (layout.isPresent()) {
                        layout.get().tables().forEach(this::addTable);
                        i += layout.get().lineCount();
                    } else {
                        readPassage(line);
                        readFigures(i);
                        i++;
                    }
                }
            }
            return assemble();
        }

        /** The first table layout that recognises the text at {@code start}, if any. */
        private Optional<LayoutReading> readLayout(int start) {
            for (LayoutReader reader : LAYOUTS) {
                Optional<LayoutReading> reading = reader.read(lines, start, readingContext());
                if (reading.isPresent()) {
                    return reading;
                }
            }
            return Optional.empty();
        }

        /** A numbered line that answers a question already read ("  1. 45955" after "In response:") sets the context. */
        private boolean takeAnswerNumber(String text) {
            Optional<String> answered = sections.answers(text, questionReader::knows);
            answered.ifPresent(id -> context = id);
            return answered.isPresent();
        }

        /**
         * Figures stated on a line of narrative: each reader in turn, none claiming a number twice. The request's own
         * lines (a question, or anything under a "Request" heading before the answer) state no answers.
         */
        private void readFigures(int index) {
            if (sections.inRequest() || questionLine == lines.get(index).number()) {
                return;
            }
            Set<Integer> claimed = new java.util.HashSet<>();
            for (FigureLineReader reader : FIGURE_LINES) {
                for (StatedFigure figure : reader.read(lines, index, readingContext(), claimed)) {
                    claimed.add(figure.ref().column() - 1);
                    statedFigures.add(figure);
                }
            }
        }

        private ReadingContext readingContext() {
            String questionText = questions.stream().filter(q -> q.id().equals(context)).map(q -> q.text()).findFirst().orElse(null);
            return new ReadingContext(file, context, questionText, problems);
        }

        private int readTabTable(int start) {
            int end = TabTableRegion.end(lines, start);
            addTable(new TabTableReader(file, problems).read(lines.subList(start, end).stream().filter(SourceLine::hasTab).toList()));
            return end;
        }

        private void addTable(TableDraft draft) {
            int number = pendingNumber != null ? pendingNumber : tables.size() + 1;
            String title = pendingTitle != null ? pendingTitle : pendingWeakTitle;
            TableAssembly table = new TableAssembly(draft, number, title, context);
            if (pendingNumber != null) {
                markCaption(pendingNumberBlock);
            }
            if (pendingTitle != null) {
                markCaption(pendingTitleBlock);
            }
            tables.add(table);
            blocks.add(new TablePlacement(table.id(), draft.start()));
            footnoteTarget = table;
            pendingNumber = null;
            pendingTitle = null;
            pendingWeakTitle = null;
            captionNext = false;
        }

        /** The heading passage a table took its number or title from is its caption. */
        private void markCaption(int index) {
            if (index >= 0 && blocks.get(index) instanceof Passage p) {
                blocks.set(index, new Passage(PassageKind.TABLE_CAPTION, p.text(), p.questionId(), p.ref()));
            }
        }

        private void readPassage(SourceLine line) {
            SourceRef ref = SourceRef.line(file, line.number());
            String trimmed = line.text().strip();
            String text = Markup.strip(line.text());
            if (PassageRules.isDebris(text)) {
                add(PassageKind.DEBRIS, text, ref);
                return;
            }
            Matcher footnote = PassageRules.footnote(trimmed);
            if (footnote.matches()) {
                String mark = footnote.group(1);
                String note = Markup.strip(footnote.group(2));
                if (footnoteTarget != null) {
                    footnoteTarget.footnotes.add(new Footnote(mark, note, ref));
                } else {
                    problems.add(Problem.note(ref, "The footnote \"" + trimmed + "\" does not follow a table",
                            "Footnotes are read as notes of the table just above them"));
                }
                add(PassageKind.FOOTNOTE, text, ref);
                return;
            }
            footnoteTarget = null;
            Optional<Integer> tableNumber = PassageRules.tableHeading(text);
            if (tableNumber.isPresent()) {
                pendingNumber = tableNumber.get();
                pendingNumberBlock = blocks.size();
                captionNext = true;
                add(PassageKind.HEADING, text, ref);
                return;
            }
            Optional<String> bullet = PassageRules.bullet(text);
            if (bullet.isPresent()) {
                Optional<ExemptionKind> stated = PassageRules.exemption(bullet.get());
                if (stated.isPresent()) {
                    exemptions.add(new Exemption(stated.get(), bullet.get(), null, ref));
                    add(PassageKind.EXEMPTION, bullet.get(), ref);
                } else {
                    add(PassageKind.LIST_ITEM, bullet.get(), ref);
                }
                return;
            }
            if (readHeadings(text, ref)) {
                return;
            }
            QuestionReader.Reading question = questionReader.read(text);
            if (question != null) {
                readQuestion(question, text, ref);
                return;
            }
            if (LETTER_ITEM.matcher(text).matches()) {
                add(PassageKind.LIST_ITEM, text, ref);
                return;
            }
            Optional<String> reference = PassageRules.statedReference(text);
            if (reference.isPresent()) {
                references.add(reference.get());
                add(PassageKind.SOURCE_TITLE, text, ref);
                return;
            }
            Optional<Integer> seeTable = PassageRules.seeTable(text);
            if (seeTable.isPresent()) {
                if (context != null) {
                    seeTableLinks.putIfAbsent(seeTable.get(), context);
                }
                add(PassageKind.TEXT, text, ref);
                return;
            }
            Optional<ExemptionKind> exemption = PassageRules.exemption(text);
            if (exemption.isPresent()) {
                ExemptionKind kind = exemption.get();
                String answers = kind == ExemptionKind.SECTION_21_REASONABLY_ACCESSIBLE ? context : null;
                exemptions.add(new Exemption(kind, text, answers, ref));
                add(PassageKind.EXEMPTION, text, ref);
                return;
            }
            if (PassageRules.namesAttachment(text)) {
                exemptions.add(new Exemption(ExemptionKind.ATTACHMENT_NOT_INCLUDED, text, null, ref));
                add(PassageKind.EXEMPTION, text, ref);
                return;
            }
            if (PassageRules.isCaveat(text)) {
                add(PassageKind.CAVEAT, text, ref);
                return;
            }
            if (captionNext || Markup.isBoldLine(line.text()) || text.toLowerCase(Locale.ROOT).startsWith("table ")
                    || text.toLowerCase(Locale.ROOT).startsWith("table -")) {
                captionNext = false;
                pendingTitle = captionOf(text);
                pendingTitleBlock = blocks.size();
                add(PassageKind.HEADING, text, ref);
                return;
            }
            if (TABLE_WORDING.matcher(text).matches()) {
                pendingWeakTitle = text;
            }
            add(PassageKind.TEXT, text, ref);
        }

        /** "Table - count of offences ...:" reads as the caption "Count of offences ...". */
        private static String captionOf(String text) {
            String caption = text.replaceFirst("(?i)^table\\s*(\\d+\\s*)?[-–:]\\s*", "").replaceFirst(":\\s*$", "").strip();
            return caption.isEmpty() ? text : Character.toUpperCase(caption.charAt(0)) + caption.substring(1);
        }

        /**
         * Section headings ("Response", "Request 2", "Answer 1"), the question a "Request N" heading announced, and
         * numbered answers to questions already read. True when the line was one of these and has been placed.
         */
        private boolean readHeadings(String text, SourceRef ref) {
            if (headedQuestion != null) {
                int number = headedQuestion;
                headedQuestion = null;
                readQuestion(questionReader.addHeaded(number, text), text, ref);
                return true;
            }
            Optional<Integer> heading = sections.questionHeading(text);
            if (heading.isPresent()) {
                headedQuestion = heading.get();
                add(PassageKind.HEADING, text, ref);
                return true;
            }
            boolean sectionHeading = sections.see(text);
            Optional<String> answer = sections.answerHeading(text);
            if (answer.isPresent()) {
                context = answer.get();
                add(PassageKind.HEADING, text, ref);
                return true;
            }
            if (sectionHeading) {
                return false;
            }
            if (takeAnswerNumber(text)) {
                add(PassageKind.TEXT, text, ref);
                return true;
            }
            return false;
        }

        private void readQuestion(QuestionReader.Reading question, String text, SourceRef ref) {
            questionLine = ref.line();
            context = question.id();
            pendingTitle = null;
            pendingWeakTitle = null;
            if (question.restated()) {
                blocks.add(new Passage(PassageKind.QUESTION_RESTATED, text, question.id(), ref));
                return;
            }
            questions.add(new QuestionDraft(question.id(), question.text(), ref, question.numberingNote()));
            if (question.numberingNote() != null) {
                problems.add(Problem.note(ref, question.numberingNote(), "Question numbers are inferred from the list's order"));
            }
            blocks.add(new Passage(PassageKind.QUESTION, text, question.id(), ref));
        }

        private void add(PassageKind kind, String text, SourceRef ref) {
            blocks.add(new Passage(kind, text, context, ref));
        }

        private ParsedDisclosure assemble() {
            List<DataTable> built = new ArrayList<>();
            TableNumbering.resolve(tables, seeTableLinks, this::questionRef, problems);
            for (TableAssembly table : tables) {
                built.add(table.build(questions, problems));
            }
            problems.addAll(StatedFigureNotes.unaskedSubjects(statedFigures, questions));
            List<Question> finished = new ArrayList<>();
            for (QuestionDraft q : questions) {
                List<String> tableIds = built.stream().filter(t -> q.id().equals(t.questionId())).map(DataTable::id).toList();
                finished.add(new Question(q.id(), q.text(), tableIds, q.ref(), q.note()));
            }
            NumberLedger numbers = new NumberLedgerBuilder(file, rawLines()).tables(built).stated(statedFigures).build(problems);
            return new ParsedDisclosure(file, blocks, built, finished, statedFigures, exemptions,
                    List.copyOf(references), problems, numbers);
        }

        private List<String> rawLines() {
            return lines.stream().map(SourceLine::text).toList();
        }

        private SourceRef questionRef(String id) {
            return questions.stream().filter(q -> q.id().equals(id)).map(q -> q.ref()).findFirst()
                    .orElse(SourceRef.line(file, 1));
        }

    }
}

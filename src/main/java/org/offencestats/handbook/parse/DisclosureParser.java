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
import org.offencestats.handbook.parse.numbers.NumberMemo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

        private static final Pattern LETTER_ITEM = Pattern.compile("^[a-z][.)]\\s+\\S.*$");
        private static final Pattern TABLE_WORDING = Pattern.compile("(?i)^table\\b.*|.*\\btable below\\b.*|.*\\bfollowing table\\b.*");

        private final String file;
        private final List<SourceLine> lines = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<TableAssembly> tables = new ArrayList<>();
        private final List<QuestionDraft> questions = new ArrayList<>();
        private final List<StatedFigure> statedFigures = new ArrayList<>();
        private final Notices notices = new Notices();
        private final Map<Integer, String> seeTableLinks = new LinkedHashMap<>();
        private final QuestionReader questionReader = new QuestionReader();
        private final AnswerSections sections = new AnswerSections();
        private Integer headedQuestion;
        private int questionLine = -1;

        private String context;
        private TableAssembly footnoteTarget;
        private final Captions captions = new Captions();
        private final NumberMemo numberMemo = new NumberMemo();

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

        private Optional<LayoutReading> readLayout(int start) {
            return Readers.layoutAt(lines, start, readingContext());
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
            statedFigures.addAll(Readers.figuresOn(lines, index, readingContext()));
        }

        private ReadingContext readingContext() {
            String questionText = questions.stream().filter(q -> q.id().equals(context)).map(q -> q.text()).findFirst().orElse(null);
            return new ReadingContext(file, context, questionText, problems, numberMemo);
        }

        private int readTabTable(int start) {
            int end = TabTableRegion.end(lines, start);
            addTable(new TabTableReader(file, problems).read(lines.subList(start, end).stream().filter(SourceLine::hasTab).toList()));
            return end;
        }

        private void addTable(TableDraft draft) {
            int number = captions.number() != null ? captions.number() : tables.size() + 1;
            TableAssembly table = new TableAssembly(draft, number, captions.title(), context);
            captions.captionBlocks().forEach(this::markCaption);
            tables.add(table);
            blocks.add(new TablePlacement(table.id(), draft.start()));
            footnoteTarget = table;
            captions.reset();
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
                captions.tableNumber(tableNumber.get(), blocks.size());
                add(PassageKind.HEADING, text, ref);
                return;
            }
            Optional<String> bullet = PassageRules.bullet(text);
            if (bullet.isPresent()) {
                Optional<ExemptionKind> stated = PassageRules.exemption(bullet.get());
                if (stated.isPresent()) {
                    notices.exemption(new Exemption(stated.get(), bullet.get(), null, ref));
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
            PassageKind notice = notices.readReference(text);
            if (notice != null) {
                add(notice, text, ref);
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
            PassageKind exemption = notices.readExemption(text, ref, context);
            if (exemption != null) {
                add(exemption, text, ref);
                return;
            }
            if (PassageRules.isCaveat(text)) {
                add(PassageKind.CAVEAT, text, ref);
                return;
            }
            if (captions.expectsCaption() || Markup.isBoldLine(line.text()) || text.toLowerCase(Locale.ROOT).startsWith("table ")
                    || text.toLowerCase(Locale.ROOT).startsWith("table -")) {
                captions.title(text, blocks.size());
                add(PassageKind.HEADING, text, ref);
                return;
            }
            if (TABLE_WORDING.matcher(text).matches()) {
                captions.weakTitle(text);
            }
            add(PassageKind.TEXT, text, ref);
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
            captions.forgetTitles();
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
            List<DataTable> built = TableNumbering.buildAll(file, tables, seeTableLinks, questions, problems);
            problems.addAll(StatedFigureNotes.unaskedSubjects(statedFigures, questions));
            List<Question> finished = QuestionDraft.finish(questions, built);
            List<String> text = lines.stream().map(SourceLine::text).toList();
            NumberLedger numbers = new NumberLedgerBuilder(file, text, numberMemo).tables(built).stated(statedFigures).build(problems);
            return new ParsedDisclosure(file, blocks, built, finished, statedFigures, notices.exemptions(),
                    notices.references(), problems, numbers);
        }

    }
}

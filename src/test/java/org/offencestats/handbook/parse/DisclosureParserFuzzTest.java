package org.offencestats.handbook.parse;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.ContentReader;
import org.offencestats.handbook.model.ContentSet;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.SourceText;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.link.EntityLinker;
import org.offencestats.handbook.link.TaxonomyIndex;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Coverage-guided fuzzing of everything a disclosure's bytes go through: decoding, parsing, linking, auditing and
 * assembling the model, which is then asked for every figure an entity page would read (two copies of the disclosure,
 * so entities have figures in more than one, as the pages that compare disclosures need).
 * Any outcome other than a result or the handbook's documented {@link InputError} (file, line, expected, fix) is a
 * finding: an exception or a hang (Jazzer's per-input timeout). Without JAZZER_FUZZ this runs the committed inputs
 * in DisclosureParserFuzzTestInputs/ (the seeds and every earlier finding) as a regression test; `mvn verify` then
 * fuzzes it for half a minute (pom.xml, execution "fuzz"; {@link ParserOnlyFuzzTest} gets the other minute, being
 * much faster). {@link DisclosureParserLongFuzzTest} is the longer local run.
 */
class DisclosureParserFuzzTest {

    private static final DisclosureMeta META = new DisclosureMeta("Fuzz Police", "1/26", "Fuzzed disclosure", null, null, null, null,
            List.of(), null, List.of(), List.of());
    private static final ContentSet CONTENT = new ContentReader().read(SiteFixture.CONTENT);
    private static final EntityLinker LINKER = new EntityLinker(new TaxonomyIndex(CONTENT.taxonomies()));

    @FuzzTest(maxDuration = "30s")
    @DictionaryFile(resourcePath = "disclosure-tokens.dict")
    void anyBytesAreReadOrRefusedWithAnInputError(byte[] bytes) {
        check(bytes);
    }

    static void check(byte[] bytes) {
        SourceText text = ParserOnlyFuzzTest.decoded(bytes);
        if (text == null) {
            return;
        }
        try {
            ParsedDisclosure parsed = new DisclosureParser().parse(text);
            DisclosureEntities entities = LINKER.link(parsed, META, "disclosures/fuzz.yml");
            TableAuditor auditor = new TableAuditor();
            SortedMap<String, TableAudit> audits = new TreeMap<>();
            for (DataTable table : parsed.tables()) {
                audits.put(table.id(), auditor.audit(table));
            }
            Handbook handbook = Handbook.assemble(List.of(
                    new Disclosure("fuzz-a", META, text, "disclosures/fuzz.yml", parsed, audits, entities),
                    new Disclosure("fuzz-b", META, text, "disclosures/fuzz.yml", parsed, audits, entities)),
                    CONTENT.taxonomies(), List.of(), CONTENT.settings());
            for (List<EntityRef> refs : handbook.figures().values()) {
                for (EntityRef ref : refs) {
                    // The cell an entity page reads for a row, column or whole-table reference (EntityFigures).
                    handbook.figure(ref.disclosureSlug(), ref.tableId(), Math.max(ref.row(), 0), Math.max(ref.column(), 0));
                }
            }
        } catch (InputError refused) {
            // documented: the input is wrong and the message says where and how to fix it
        }
    }
}

package org.offencestats.handbook.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.ContentReader;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.SourceText;
import org.offencestats.handbook.link.EntityLinker;
import org.offencestats.handbook.link.TaxonomyIndex;

import java.util.List;

/**
 * Coverage-guided fuzzing of everything a disclosure's bytes go through: decoding, parsing, linking and auditing.
 * Any outcome other than a result or the handbook's documented {@link InputError} (file, line, expected, fix) is a
 * finding: an exception or a hang (Jazzer's per-input timeout). Without JAZZER_FUZZ this runs the committed inputs
 * in DisclosureParserFuzzTestInputs/ (the seeds and every earlier finding) as a regression test; `mvn verify` then
 * fuzzes it for a minute (pom.xml, execution "fuzz"). {@link DisclosureParserLongFuzzTest} is the longer local run.
 */
class DisclosureParserFuzzTest {

    private static final DisclosureMeta META = new DisclosureMeta("Fuzz Police", "1/26", "Fuzzed disclosure", null, null, null, null,
            List.of(), null, List.of(), List.of());
    private static final EntityLinker LINKER = new EntityLinker(new TaxonomyIndex(new ContentReader().read(SiteFixture.CONTENT).taxonomies()));
    private static final SourceTextReader READER = new SourceTextReader(1 << 20);

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreReadOrRefusedWithAnInputError(byte[] bytes) {
        check(bytes);
    }

    static void check(byte[] bytes) {
        SourceText text;
        try {
            text = READER.read("disclosures/fuzz.txt", bytes);
        } catch (InputError refused) {
            return;
        }
        try {
            ParsedDisclosure parsed = new DisclosureParser().parse(text);
            LINKER.link(parsed, META, "disclosures/fuzz.yml");
            TableAuditor auditor = new TableAuditor();
            for (DataTable table : parsed.tables()) {
                auditor.audit(table);
            }
        } catch (InputError refused) {
            // documented: the input is wrong and the message says where and how to fix it
        }
    }
}

package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Exemption;
import org.offencestats.handbook.model.ExemptionKind;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.SourceRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lines that say something about the response rather than answer it: the request reference it states, the
 * exemptions it cites (section 21 answers the question it stands under), and attachments it names but does not hold.
 */
final class Notices {

    private final List<Exemption> exemptions = new ArrayList<>();
    private final Set<String> references = new LinkedHashSet<>();

    /** SOURCE_TITLE when {@code text} states the request reference (recorded), else null. */
    PassageKind readReference(String text) {
        Optional<String> reference = PassageRules.statedReference(text);
        if (reference.isPresent()) {
            references.add(reference.get());
            return PassageKind.SOURCE_TITLE;
        }
        return null;
    }

    /** An exemption or attachment on a line that is not a reference; checked after "See Table N". */
    PassageKind readExemption(String text, SourceRef ref, String questionId) {
        Optional<ExemptionKind> exemption = PassageRules.exemption(text);
        if (exemption.isPresent()) {
            ExemptionKind kind = exemption.get();
            String answers = kind == ExemptionKind.SECTION_21_REASONABLY_ACCESSIBLE ? questionId : null;
            exemptions.add(new Exemption(kind, text, answers, ref));
            return PassageKind.EXEMPTION;
        }
        if (PassageRules.namesAttachment(text)) {
            exemptions.add(new Exemption(ExemptionKind.ATTACHMENT_NOT_INCLUDED, text, null, ref));
            return PassageKind.EXEMPTION;
        }
        return null;
    }

    void exemption(Exemption exemption) {
        exemptions.add(exemption);
    }

    List<Exemption> exemptions() {
        return exemptions;
    }

    List<String> references() {
        return List.copyOf(references);
    }
}

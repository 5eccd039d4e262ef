package org.offencestats.handbook.model;

import java.util.List;

/** The audit of one table: how many published totals were checked, how many agree, and the findings. */
public record TableAudit(String tableId, int totalsChecked, int totalsAgreeing, List<AuditFinding> findings) {

    public TableAudit {
        findings = List.copyOf(findings);
    }

    public boolean hasMismatch() {
        return findings.stream().anyMatch(AuditFinding::isMismatch);
    }

    public long mismatchCount() {
        return findings.stream().filter(AuditFinding::isMismatch).count();
    }
}

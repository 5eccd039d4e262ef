package org.offencestats.handbook.model;

/**
 * One audit finding on a table. {@code published} is the total as printed (null when it is missing),
 * {@code computed} the sum of the figures it totals; {@code ref} is where the total stands in the source and
 * {@code at} which cell of the table it is (the whole row for a recovered total row).
 */
public record AuditFinding(String tableId, FindingKind kind, String rowLabel, String columnLabel, Long published,
                           long computed, SourceRef ref, String message, CellPosition at) {

    public boolean isMismatch() {
        return kind == FindingKind.ROW_TOTAL_MISMATCH || kind == FindingKind.COLUMN_TOTAL_MISMATCH;
    }
}

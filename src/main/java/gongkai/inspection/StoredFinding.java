package gongkai.inspection;

import gongkai.validation.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A finding of an import, stored with the revision it produced (table inspection_finding). */
@MappedEntity("inspection_finding")
record StoredFinding(
        @Id @GeneratedValue Long id,
        long disclosureId,
        String ruleId,
        Severity severity,
        String item,
        @Nullable Integer page,
        @Nullable String section,
        @Nullable Integer paragraph,
        String message) {

    static StoredFinding of(long disclosureId, ProofFinding f) {
        return new StoredFinding(
                null,
                disclosureId,
                f.ruleId(),
                f.severity(),
                cut(f.item(), 100),
                f.page(),
                f.section() == null ? null : cut(f.section(), 200),
                f.paragraph(),
                cut(f.message(), 1000));
    }

    ProofFinding finding() {
        return new ProofFinding(ruleId, severity, item, page, section, paragraph, message);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

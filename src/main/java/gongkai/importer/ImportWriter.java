package gongkai.importer;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.report.ImportReport;
import gongkai.inspection.InspectionService;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Registers the unit and stores the disclosure (with what the import could not read) in one
 * transaction, so a failure leaves nothing behind.
 */
@Singleton
class ImportWriter {

    private final UnitService units;
    private final DisclosureService disclosures;
    private final ImportGaps gaps;
    private final InspectionService inspection;

    ImportWriter(
            UnitService units,
            DisclosureService disclosures,
            ImportGaps gaps,
            InspectionService inspection) {
        this.units = units;
        this.disclosures = disclosures;
        this.gaps = gaps;
        this.inspection = inspection;
    }

    /** Stores the revision and the tables the import could not read, which stay with it. */
    @Transactional
    public Disclosure store(
            String regionCode,
            DisclosureContent parsed,
            DisclosureStatus status,
            List<ImportReport.TableEntry> unread,
            @Nullable ImportInspection.Proof proof) {
        Unit unit = units.findOrCreate(parsed.unitName(), regionCode, null);
        Disclosure stored = disclosures.storeNewRevision(unit.id(), parsed, status, null);
        gaps.store(stored.id(), unread);
        if (proof != null) {
            inspection.store(stored.id(), proof.sourceName(), proof.pageCount(), proof.findings());
        }
        return stored;
    }
}

package gongkai.importer;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Registers the unit and stores the disclosure in one transaction, so a failure leaves nothing
 * behind.
 */
@Singleton
class ImportWriter {

    private final UnitService units;
    private final DisclosureService disclosures;

    ImportWriter(UnitService units, DisclosureService disclosures) {
        this.units = units;
        this.disclosures = disclosures;
    }

    @Transactional
    public Disclosure store(String regionCode, DisclosureContent parsed, DisclosureStatus status) {
        Unit unit = units.findOrCreate(parsed.unitName(), regionCode, null);
        return disclosures.storeNewRevision(unit.id(), parsed, status, null);
    }
}

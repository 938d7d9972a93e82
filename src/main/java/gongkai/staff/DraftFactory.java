package gongkai.staff;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.SectionKey;
import gongkai.importer.ParsedDisclosure;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Starts a new disclosure: blank with the standard outline of DOMAIN.md, ready to fill in. */
@Singleton
class DraftFactory {

    /** The outline a blank disclosure starts with, in the order of the printed reports. */
    static final List<SectionKey> OUTLINE = List.of(
            SectionKey.FUNCTIONS, SectionKey.ORGANISATION, SectionKey.WORK_DONE,
            SectionKey.OVERALL, SectionKey.INCOME, SectionKey.EXPENDITURE, SectionKey.FISCAL_OVERALL,
            SectionKey.GENERAL_BUDGET, SectionKey.BASIC_EXPENDITURE, SectionKey.PROJECT_EXPENDITURE,
            SectionKey.THREE_PUBLIC, SectionKey.GOV_FUND, SectionKey.STATE_CAPITAL, SectionKey.OPERATING_COSTS,
            SectionKey.PROCUREMENT, SectionKey.ASSETS, SectionKey.PERFORMANCE, SectionKey.GLOSSARY, SectionKey.CONTACT);

    private final DisclosureService disclosures;
    private final UnitService units;

    DraftFactory(DisclosureService disclosures, UnitService units) {
        this.disclosures = disclosures;
        this.units = units;
    }

    Disclosure createBlank(long unitId, int year) {
        Unit unit = units.byId(unitId).orElseThrow();
        List<ParsedDisclosure.Section> sections = new ArrayList<>();
        for (SectionKey key : OUTLINE) {
            sections.add(new ParsedDisclosure.Section(key.name(), key.label(), "", 0));
        }
        ParsedDisclosure content = new ParsedDisclosure(unit.name(), year, null, null, sections, List.of(), List.of());
        return disclosures.storeNewRevision(unitId, content, DisclosureStatus.DRAFT, null);
    }
}

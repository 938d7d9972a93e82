package gongkai.staff;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.BadRequestException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Starts a new disclosure: blank with the standard outline of DOMAIN.md, or a copy of last year's
 * text and structure (tables, projects, indicators) with the amounts cleared or kept.
 */
@Singleton
class DraftFactory {

    /** The outline a blank disclosure starts with, in the order of the printed reports. */
    static final List<SectionKey> OUTLINE =
            List.of(
                    SectionKey.FUNCTIONS,
                    SectionKey.ORGANISATION,
                    SectionKey.WORK_DONE,
                    SectionKey.OVERALL,
                    SectionKey.INCOME,
                    SectionKey.EXPENDITURE,
                    SectionKey.FISCAL_OVERALL,
                    SectionKey.GENERAL_BUDGET,
                    SectionKey.BASIC_EXPENDITURE,
                    SectionKey.PROJECT_EXPENDITURE,
                    SectionKey.THREE_PUBLIC,
                    SectionKey.GOV_FUND,
                    SectionKey.STATE_CAPITAL,
                    SectionKey.OPERATING_COSTS,
                    SectionKey.PROCUREMENT,
                    SectionKey.ASSETS,
                    SectionKey.PERFORMANCE,
                    SectionKey.GLOSSARY,
                    SectionKey.CONTACT);

    private final DisclosureService disclosures;
    private final UnitService units;
    private final DisclosureCatalog catalog;

    DraftFactory(DisclosureService disclosures, UnitService units, DisclosureCatalog catalog) {
        this.disclosures = disclosures;
        this.units = units;
        this.catalog = catalog;
    }

    /**
     * How to start: blank, or from the previous year's disclosure with its amounts cleared or kept.
     */
    enum Start {
        BLANK,
        COPY_CLEARED,
        COPY_KEPT
    }

    Disclosure create(long unitId, int year, Start start) {
        return create(unitId, year, start, DisclosureKind.FINAL_ACCOUNTS);
    }

    /** A new draft of the given kind: a budget copies last year's budget, final accounts theirs. */
    Disclosure create(long unitId, int year, Start start, DisclosureKind kind) {
        if (start == Start.BLANK) {
            return createBlank(unitId, year, kind);
        }
        DisclosureDocument previous =
                catalog.list(unitId, year - 1, null, 50, 0).stream()
                        .filter(s -> s.kind() == kind)
                        .max(Comparator.comparingInt(DisclosureSummary::revision))
                        .flatMap(s -> catalog.document(s.id()))
                        .orElseThrow(
                                () ->
                                        new BadRequestException(
                                                "没有找到本单位 "
                                                        + (year - 1)
                                                        + " 年度的"
                                                        + kind.label()
                                                        + "，无法复制；请新建空白"
                                                        + kind.shortLabel()
                                                        + "。"));
        return disclosures.storeNewRevision(
                unitId,
                copy(previous, year, start == Start.COPY_KEPT),
                DisclosureStatus.DRAFT,
                null);
    }

    /**
     * A correction of a published disclosure: a new draft revision with the published content and
     * the correction note; publishing it supersedes the published one, which stays readable.
     */
    Disclosure correction(DisclosureDocument published, String note) {
        return disclosures.storeNewRevision(
                published.unit().id(),
                copy(published, published.fiscalYear(), true),
                DisclosureStatus.DRAFT,
                note);
    }

    /** Last year's text and structure for a new year; amounts and scores kept or cleared. */
    static DisclosureContent copy(DisclosureDocument previous, int year, boolean keepAmounts) {
        List<DisclosureContent.Section> sections =
                previous.sections().stream()
                        .map(
                                s ->
                                        new DisclosureContent.Section(
                                                s.key(),
                                                renewYear(s.title(), previous.fiscalYear(), year),
                                                s.body(),
                                                0))
                        .toList();
        List<DisclosureContent.Table> tables =
                previous.tables().stream()
                        // Line items read from last year's prose describe last year; a correction
                        // keeps them.
                        .filter(
                                t ->
                                        t.kind() != StandardTable.PROSE
                                                || year == previous.fiscalYear())
                        .map(
                                t ->
                                        new DisclosureContent.Table(
                                                t.kind(),
                                                t.title(),
                                                t.sourceMoneyUnit(),
                                                t.note(),
                                                t.rows().stream()
                                                        .map(
                                                                r ->
                                                                        new DisclosureContent.Row(
                                                                                r.kind(),
                                                                                r.side(),
                                                                                r.code(),
                                                                                r.name(),
                                                                                r.lineNo(),
                                                                                keepAmounts
                                                                                        ? r
                                                                                                .amounts()
                                                                                        : Map
                                                                                                .<String,
                                                                                                        BigDecimal>
                                                                                                        of(),
                                                                                0))
                                                        .toList(),
                                                0))
                        .toList();
        List<DisclosureContent.Project> projects =
                previous.projects().stream()
                        .map(
                                p ->
                                        new DisclosureContent.Project(
                                                p.kind() == PerformanceProject.Kind.OVERALL,
                                                p.name(),
                                                p.department(),
                                                p.implementer(),
                                                keepAmounts ? p.initialBudget() : null,
                                                keepAmounts ? p.annualBudget() : null,
                                                keepAmounts ? p.executed() : null,
                                                keepAmounts ? p.annualBudgetFiscal() : null,
                                                keepAmounts ? p.executedFiscal() : null,
                                                keepAmounts ? p.annualBudgetCarryover() : null,
                                                keepAmounts ? p.executedCarryover() : null,
                                                keepAmounts ? p.annualBudgetOther() : null,
                                                keepAmounts ? p.executedOther() : null,
                                                null,
                                                p.executionWeight(),
                                                null,
                                                p.totalWeight(),
                                                null,
                                                p.goalPlanned(),
                                                null,
                                                null,
                                                false,
                                                p.indicators().stream()
                                                        .map(
                                                                i ->
                                                                        new DisclosureContent
                                                                                .Indicator(
                                                                                i.level1(),
                                                                                i.level2(),
                                                                                i.name(),
                                                                                i.nature(),
                                                                                i.direction(),
                                                                                i.targetValue(),
                                                                                null,
                                                                                i.measureUnit(),
                                                                                i.weight(),
                                                                                null,
                                                                                null))
                                                        .toList(),
                                                0))
                        .toList();
        return new DisclosureContent(
                previous.unit().name(),
                year,
                null,
                previous.sourceMoneyUnit(),
                sections,
                tables,
                projects,
                previous.kind());
    }

    /**
     * A heading that names last year as the report's year ("2023年度部门决算情况说明") names the new year;
     * the text below it is left to the editor (it compares with other years on purpose), and
     * CopyChecks flags a section that still speaks only of last year.
     */
    static String renewYear(String title, int from, int to) {
        if (title == null || from == to) {
            return title;
        }
        return title.replaceAll("(?<!\\d)" + from + "(\\s*年)", to + "$1");
    }

    Disclosure createBlank(long unitId, int year) {
        return createBlank(unitId, year, DisclosureKind.FINAL_ACCOUNTS);
    }

    Disclosure createBlank(long unitId, int year, DisclosureKind kind) {
        Unit unit = units.byId(unitId).orElseThrow();
        List<DisclosureContent.Section> sections = new ArrayList<>();
        for (SectionKey key : OUTLINE) {
            sections.add(new DisclosureContent.Section(key.name(), key.label(), "", 0));
        }
        DisclosureContent content =
                new DisclosureContent(
                        unit.name(), year, null, null, sections, List.of(), List.of(), kind);
        return disclosures.storeNewRevision(unitId, content, DisclosureStatus.DRAFT, null);
    }
}

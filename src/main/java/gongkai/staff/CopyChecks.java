package gongkai.staff;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.StandardTable;
import gongkai.validation.Finding;
import gongkai.validation.Location;
import gongkai.validation.Severity;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that a revision in progress is still last year's report: a heading naming another year, a
 * section that speaks only of last year, and figures equal to last year's in every table. They are
 * warnings: the editor corrects them or explains them when submitting, as for every warning.
 */
@Singleton
class CopyChecks {

    static final String STALE_YEAR = "COPY_STALE_YEAR";
    static final String SAME_AS_LAST_YEAR = "COPY_SAME_FIGURES";

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final DisclosureCatalog catalog;

    CopyChecks(DisclosureCatalog catalog) {
        this.catalog = catalog;
    }

    List<Finding> check(DisclosureDocument d) {
        List<Finding> findings = new ArrayList<>(staleYears(d));
        lastYear(d).flatMap(previous -> sameFigures(d, previous)).ifPresent(findings::add);
        return findings;
    }

    /** Headings naming another year than the report's, and sections that name only last year. */
    static List<Finding> staleYears(DisclosureDocument d) {
        int year = d.fiscalYear();
        List<Finding> findings = new ArrayList<>();
        for (DisclosureDocument.SectionView s : d.sections()) {
            String where = s.key() != null ? s.key() : s.title();
            TreeSet<Integer> inTitle = years(s.title());
            inTitle.remove(year);
            if (!inTitle.isEmpty()) {
                findings.add(
                        new Finding(
                                STALE_YEAR,
                                Severity.WARNING,
                                Location.section(where),
                                "标题“"
                                        + s.title()
                                        + "”写的是"
                                        + inTitle.first()
                                        + "年，本决算是"
                                        + year
                                        + "年度的：请改为"
                                        + year
                                        + "年度。"));
                continue;
            }
            TreeSet<Integer> inBody = years(s.body());
            if (inBody.contains(year - 1) && !inBody.contains(year)) {
                findings.add(
                        new Finding(
                                STALE_YEAR,
                                Severity.WARNING,
                                Location.section(where),
                                "本节只写到" + (year - 1) + "年，没有" + year + "年：可能仍是上年的文字，请改为本年度的情况。"));
            }
        }
        return findings;
    }

    private static TreeSet<Integer> years(String text) {
        TreeSet<Integer> years = new TreeSet<>();
        if (text == null) {
            return years;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** The unit's report of the year before, as it stands: its newest revision not thrown away. */
    private Optional<DisclosureDocument> lastYear(DisclosureDocument d) {
        return catalog.list(d.unit().id(), d.fiscalYear() - 1, null, 50, 0).stream()
                .filter(
                        s ->
                                s.status() != DisclosureStatus.DISCARDED
                                        && s.status() != DisclosureStatus.WITHDRAWN)
                .max(Comparator.comparingInt(DisclosureSummary::revision))
                .flatMap(s -> catalog.document(s.id()));
    }

    /**
     * One warning when every table with figures holds exactly last year's figures (a copy kept with
     * its amounts and never updated).
     */
    static Optional<Finding> sameFigures(DisclosureDocument d, DisclosureDocument previous) {
        int compared = 0;
        for (DisclosureDocument.TableView t : d.tables()) {
            if (t.kind() == StandardTable.PROSE) {
                continue;
            }
            Map<String, BigDecimal> now = figures(List.of(t));
            if (now.isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> before =
                    figures(previous.tables().stream().filter(p -> p.kind() == t.kind()).toList());
            if (!now.equals(before)) {
                return Optional.empty();
            }
            compared++;
        }
        if (compared == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Finding(
                        SAME_AS_LAST_YEAR,
                        Severity.WARNING,
                        new Location(null, null, null, null),
                        "全部 "
                                + compared
                                + " 张表的金额与"
                                + previous.fiscalYear()
                                + "年度决算完全相同：如是复制上年后尚未更新，请填入"
                                + d.fiscalYear()
                                + "年度的数字；如确实相同，请在提交时说明。"));
    }

    /** Every amount of the tables by row and column, compared by value (12.0 equals 12.00). */
    private static Map<String, BigDecimal> figures(List<DisclosureDocument.TableView> tables) {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (DisclosureDocument.TableView t : tables) {
            for (DisclosureDocument.RowView r : t.rows()) {
                String row =
                        (r.side() == null ? "" : r.side() + ":")
                                + (r.code() != null ? r.code() : r.name());
                r.amounts()
                        .forEach(
                                (column, amount) -> {
                                    if (amount != null) {
                                        figures.put(
                                                row + "|" + column, amount.stripTrailingZeros());
                                    }
                                });
            }
        }
        return figures;
    }
}

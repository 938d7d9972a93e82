package gongkai.importer;

import gongkai.disclosure.DisclosureKind;
import gongkai.importer.text.Headings;
import gongkai.importer.text.TableTitles;
import gongkai.importer.text.Texts;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a budget (部门预算) from final accounts (部门决算) by what the document calls itself: its title
 * lines (…部门预算, 预算公开, 部门预算编制说明 vs …部门决算, 决算公开, 决算情况说明) and the wording of its table titles (部门收支总表
 * vs 收入支出决算总表). Prose is not counted: final accounts speak of 年初预算 throughout, budgets of last
 * year's 决算 or 预算执行数.
 */
final class DocumentKinds {

    private static final Pattern BUDGET_TITLE =
            Pattern.compile("(?:部门|单位)预算(?:公开)?(?:编制说明|情况说明|说明|报告)?$|预算公开$|预算编制说明$|部门预算表$|单位预算表$");
    private static final Pattern ACCOUNTS_TITLE =
            Pattern.compile("(?:部门|单位)决算(?:公开)?(?:情况说明|说明|报告)?$|决算公开$|决算情况说明$|部门决算表$|单位决算表$");

    /** A title is short and has no table cells; longer lines are prose. */
    private static final int MAX_TITLE = 40;

    private DocumentKinds() {}

    static DisclosureKind of(List<String> lines, boolean[] skip) {
        int budget = 0;
        int accounts = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                continue;
            }
            String t = Texts.compact(Headings.unbullet(line));
            if (t.isEmpty() || t.length() > MAX_TITLE) {
                continue;
            }
            // table titles count wherever they stand; the contents list names them too
            if (TableTitles.match(t) != null) {
                if (TableTitles.isBudgetTitle(t)) {
                    budget++;
                } else {
                    accounts++;
                }
                continue;
            }
            if (skip[i]) {
                continue;
            }
            if (BUDGET_TITLE.matcher(t).find()) {
                budget += 3;
            } else if (ACCOUNTS_TITLE.matcher(t).find()) {
                accounts += 3;
            }
        }
        return budget > accounts ? DisclosureKind.BUDGET : DisclosureKind.FINAL_ACCOUNTS;
    }
}

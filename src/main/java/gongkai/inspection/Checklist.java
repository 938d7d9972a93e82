package gongkai.inspection;

import gongkai.disclosure.DisclosureDocument;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspectors' 公开情况检查表 filled from the findings: one row per item, 符合要求 是/否, and the problems
 * found with their place. 及时性 cannot be judged from the document (the deadline depends on the
 * approval date), so it states the publication date for the inspector to judge.
 */
public final class Checklist {

    /** One item: its name, 是/否 (or 待核 where a person must judge) and the problems found. */
    @Serdeable
    public record Row(String item, String verdict, List<String> problems) {

        public boolean ok() {
            return !"否".equals(verdict);
        }

        public String problemText() {
            return String.join("；\n", problems);
        }
    }

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private Checklist() {}

    /** The items in the inspectors' order, each with the findings filed under it. */
    public static List<Row> of(boolean budget, List<ProofFinding> findings, String timeliness) {
        List<String> items = new ArrayList<>();
        items.add(ChecklistItems.COVER);
        items.add(ChecklistItems.CONTENTS);
        items.add(ChecklistItems.FUNCTIONS);
        items.add(ChecklistItems.ORGANISATION);
        items.add(ChecklistItems.GLOSSARY);
        items.add(budget ? ChecklistItems.BUDGET_EXPLANATION : ChecklistItems.EXPLANATION);
        for (MandatoryTables.Table t : MandatoryTables.forKind(budget)) {
            items.add(ChecklistItems.TABLE_PREFIX + t.name());
        }
        items.add(ChecklistItems.OTHER_NOTES);
        if (budget) {
            items.add(ChecklistItems.PROJECT_NOTES);
        }
        items.add(ChecklistItems.PAGES);
        items.add(ChecklistItems.PUNCTUATION);
        items.add(ChecklistItems.YEARS);
        items.add(ChecklistItems.CLASS_NAMES);
        items.add(ChecklistItems.FIGURES);
        for (ProofFinding f : findings) {
            if (!items.contains(f.item())) {
                items.add(f.item());
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(ChecklistItems.TIMELINESS, "待核", List.of(timeliness)));
        for (String item : items) {
            List<String> problems =
                    findings.stream()
                            .filter(f -> f.item().equals(item))
                            .map(f -> f.ruleId() + " " + f.described())
                            .toList();
            rows.add(new Row(item, problems.isEmpty() ? "是" : "否", problems));
        }
        return rows;
    }

    static String timeliness(DisclosureDocument d) {
        return d.publishedAt() == null
                ? "尚未公开：公开后请核对公开日期是否在规定期限内"
                : "公开日期 " + DAY.format(d.publishedAt()) + "：请核对是否在规定期限内";
    }
}

package gongkai.opendata;

import java.util.List;

/** The sets of records published in bulk, each a file for all years and one per year. */
enum Dataset {
    LINE_ITEMS(
            "line-items",
            "csv",
            "决算表金额（长表）",
            "Line items (long format)",
            "公开01–10 各表的每一个金额一行：单位、地区、年度、表、收支、科目编码与名称、栏目、金额（元，精确到分）。",
            "One row per amount of tables 公开01–10: unit, region, year, table, side, code and name, column, amount in yuan (exact).",
            Fields.LINE_ITEMS),
    DISCLOSURES(
            "disclosures",
            "csv",
            "决算公开（每份一行）",
            "Disclosures (one row each)",
            "每份决算公开一行：单位、地区、年度、版本、公开时间，以及收入合计、支出合计、基本支出、项目支出、三公经费合计（元）。",
            "One row per disclosure: unit, region, year, revision, publication time, and totals of income, expenditure, basic and project expenditure and the three public expenses (yuan).",
            Fields.DISCLOSURES),
    PROJECTS(
            "projects",
            "csv",
            "绩效自评项目",
            "Performance self-evaluations",
            "每个项目支出绩效自评（及部门整体支出绩效自评）一行：预算数、执行数（元）、执行率、得分、目标与完成情况。",
            "One row per performance self-evaluation (project or whole department): budget and execution in yuan, execution rate, scores, goals and outcomes.",
            Fields.PROJECTS),
    INDICATORS(
            "indicators",
            "csv",
            "绩效指标",
            "Performance indicators",
            "绩效自评表中的每个指标一行：一级、二级、三级指标，年度指标值、实际完成值、分值、得分、偏差原因。",
            "One row per indicator of a self-evaluation: indicator levels 1–3, target and actual values, weight, score, reason for deviation.",
            Fields.INDICATORS),
    SECTIONS(
            "sections",
            "jsonl",
            "文字说明（JSON Lines）",
            "Narrative sections (JSON Lines)",
            "决算公开的文字说明，每节一行 JSON：节的标准键、标题与全文。",
            "The narrative of each disclosure, one JSON object per section: standard key, title and full text.",
            Fields.SECTIONS);

    final String base;
    final String format;
    final String titleZh;
    final String titleEn;
    final String descriptionZh;
    final String descriptionEn;
    final List<Field> fields;

    Dataset(
            String base,
            String format,
            String titleZh,
            String titleEn,
            String descriptionZh,
            String descriptionEn,
            List<Field> fields) {
        this.base = base;
        this.format = format;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.fields = fields;
    }

    /**
     * The file name: {@code line-items.csv.gz}, {@code line-items-2023.csv.gz}, {@code
     * line-items-all-revisions.csv.gz}, {@code line-items-2023-all-revisions.csv.gz}.
     */
    String fileName(Integer year, boolean allRevisions) {
        return base
                + (year == null ? "" : "-" + year)
                + (allRevisions ? "-all-revisions" : "")
                + "."
                + format
                + ".gz";
    }

    List<String> header() {
        return fields.stream().map(Field::name).toList();
    }
}

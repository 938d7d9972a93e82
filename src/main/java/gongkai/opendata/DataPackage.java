package gongkai.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datapackage.json}: a Frictionless (Tabular) Data Package describing every bulk file, with
 * Fiscal Data Package conventions where they fit (amounts as {@code value} columns in 元/CNY, fiscal
 * year as {@code date:fiscal-year}, classification codes and labels). Paths are relative to the
 * package, so the package and its files can be downloaded together and read offline.
 */
final class DataPackage {

    private DataPackage() {}

    static String json(List<BulkFile> files, Instant builtAt, Licence licence) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("profile", "tabular-data-package");
        p.put("name", "gongkai-final-accounts");
        p.put("title", "司法行政部门决算公开数据 / Final accounts disclosed by China's justice administration");
        p.put(
                "description",
                "各单位依法公开的部门决算，经结构化与勾稽核对后的全部已公开数据：决算表金额（长表）、每份决算一行的汇总、"
                        + "绩效自评项目与指标、文字说明。金额单位为元，精确到分；只含已公开的版本，不含草稿。"
                        + "文件名含 -all-revisions 的另含已被更正的旧版本（status = SUPERSEDED）。\n"
                        + "Final accounts (部门决算) published by justice administration units, structured and checked: line items"
                        + " in long format, one row per disclosure with totals, performance self-evaluations and indicators,"
                        + " narrative sections. Amounts in yuan (元), exact. Published revisions only, never drafts; files named"
                        + " -all-revisions also hold the revisions a correction replaced (status = SUPERSEDED).");
        p.put("created", builtAt.toString());
        p.put("homepage", "/data");
        p.put("keywords", List.of("部门决算", "final accounts", "budget", "China", "justice"));
        p.put(
                "licenses",
                List.of(
                        Map.of(
                                "name",
                                licence.name(),
                                "path",
                                licence.path(),
                                "title",
                                licence.title())));
        p.put(
                "sources",
                List.of(
                        Map.of(
                                "title",
                                "各单位在其门户网站依法公开的部门决算（决算公开文本）/ Final accounts as published by each unit",
                                "path",
                                "/disclosures")));
        p.put("currency", "CNY");
        List<Object> resources = new ArrayList<>();
        for (BulkFile f : files) {
            if (f.dataset() != null) {
                resources.add(resource(f));
            }
        }
        p.put("resources", resources);
        return Json.write(p);
    }

    private static Map<String, Object> resource(BulkFile f) {
        Dataset d = dataset(f.dataset());
        boolean csv = d.format.equals("csv");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", f.name().replace(".gz", "").replace('.', '-'));
        r.put("path", f.name());
        r.put("profile", csv ? "tabular-data-resource" : "data-resource");
        String scope =
                f.year() == null ? "全部年度 / all years" : f.year() + " 年度 / fiscal year " + f.year();
        String revisions =
                f.allRevisions()
                        ? "，含已被更正的旧版本 / all published revisions"
                        : "，现行公开版本 / current revisions";
        r.put("title", d.titleZh + "（" + scope + revisions + "）");
        r.put("description", d.descriptionZh + "\n" + d.descriptionEn);
        r.put("format", d.format);
        r.put("mediatype", f.mediaType());
        r.put("encoding", "utf-8");
        r.put("compression", "gz");
        r.put("bytes", f.bytes());
        r.put("hash", "sha256:" + f.sha256());
        r.put("rows", f.rows());
        if (f.year() != null) {
            r.put("fiscalPeriod", Map.of("start", f.year() + "-01-01", "end", f.year() + "-12-31"));
        }
        if (csv) {
            r.put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "header", true));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", d.fields.stream().map(DataPackage::field).toList());
        schema.put("missingValues", List.of(""));
        r.put("schema", schema);
        return r;
    }

    private static Map<String, Object> field(Field f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("type", f.type());
        if (f.type().equals("datetime")) {
            m.put("format", "any");
        }
        m.put("title", f.zh());
        m.put("description", f.zh() + "\n" + f.en());
        if (f.unit() != null) {
            m.put("unit", f.unit());
        }
        if ("value".equals(f.columnType())) {
            m.put("currency", "CNY");
            m.put("decimalChar", ".");
            m.put("bareNumber", true);
        }
        if (f.columnType() != null) {
            m.put("columnType", f.columnType());
        }
        return m;
    }

    static Dataset dataset(String base) {
        for (Dataset d : Dataset.values()) {
            if (d.base.equals(base)) {
                return d;
            }
        }
        throw new IllegalArgumentException(base);
    }

    /** The licence the package states (configurable: gongkai.bulk.licence.*). */
    record Licence(String name, String path, String title) {}
}

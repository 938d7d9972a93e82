package gongkai.importer.report;

/**
 * The import report as staff read it on a terminal: what was recognised, every table with what
 * became of it, the amount coverage, warnings, errors and the result.
 */
public final class ReportText {

    private ReportText() {}

    static String render(ImportReport r) {
        StringBuilder out = new StringBuilder(r.header());
        if (!r.inventory().isEmpty()) {
            out.append("表格清单：\n");
            for (ImportReport.TableEntry t : r.inventory()) {
                out.append("　")
                        .append(t.blocking() ? "【错误】" : "")
                        .append(t.table().isEmpty() ? "" : t.table() + " ")
                        .append(t.title())
                        .append("：")
                        .append(t.stateText())
                        .append(t.line() == null ? "" : "（第 " + t.line() + " 行）")
                        .append('\n');
            }
            int unread = r.unreadTables().size();
            if (unread > 0) {
                out.append("有 ").append(unread).append(" 张表格未读取：公开前须由工作人员在该报告的页面确认。\n");
            }
        }
        ImportReport.Coverage c = r.coverage();
        if (c != null) {
            out.append(coverageLine(c)).append('\n');
            for (ImportReport.Message m : c.uncovered()) {
                out.append("　未入库数字（第 ")
                        .append(m.line())
                        .append(" 行）：")
                        .append(m.message())
                        .append('\n');
            }
            if (c.rest() > c.uncovered().size()) {
                out.append("　……另有 ").append(c.rest() - c.uncovered().size()).append(" 个未列出\n");
            }
        }
        for (ImportReport.Message w : r.warnings()) {
            out.append("警告").append(where(w)).append("：").append(w.message()).append('\n');
        }
        for (ImportReport.Message i : r.infos()) {
            out.append("提示").append(where(i)).append("：").append(i.message()).append('\n');
        }
        for (ImportReport.Message e : r.errors()) {
            out.append("错误").append(where(e)).append("：").append(e.message()).append('\n');
        }
        out.append(
                r.failed()
                        ? "结果：导入失败，未保存任何内容"
                        : r.disclosureId() == null
                                ? "结果：已解析（未保存）"
                                : "结果：已保存为公开报告 #" + r.disclosureId() + "（" + r.status() + "）");
        return out.toString();
    }

    /** "金额覆盖：… 个数字中 … 个入库，… 个按规则跳过，覆盖 …%，其余 … 个". */
    public static String coverageLine(ImportReport.Coverage c) {
        return "金额覆盖：表格中 "
                + c.cells()
                + " 个数字，"
                + c.stored()
                + " 个已入库，"
                + c.skipped()
                + " 个按规则跳过（行次、栏次、百分比、代码、年份），覆盖 "
                + c.percent().toPlainString()
                + "%，其余 "
                + c.rest()
                + " 个未入库";
    }

    private static String where(ImportReport.Message m) {
        return m.line() == null ? "" : "（第 " + m.line() + " 行）";
    }
}

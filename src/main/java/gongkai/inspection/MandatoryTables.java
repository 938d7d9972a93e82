package gongkai.inspection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables every disclosure must publish, by the words of their titles: the 2024 final-accounts
 * set and the national budget set (with its 项目支出表 and performance targets, which final accounts do
 * not have), each with the titles cities give them (上海: 部门财务收支预算总表 …, 部门项目支出预算表).
 */
final class MandatoryTables {

    record Table(String name, Pattern title) {}

    private static final List<Table> FINAL_ACCOUNTS =
            List.of(
                    t("收入支出决算总表", "(?<!拨款)收入支出决算总表|部门收支决算总表"),
                    t("收入决算表", "(?<!拨款)收入决算表"),
                    t("支出决算表", "(?<!拨款|收入|经费|基本|项目)支出决算表"),
                    t("财政拨款收入支出决算总表", "财政拨款收入支出决算总表|财政拨款收支决算总表"),
                    t("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算(明细)?表"),
                    t("一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算(明细)?表"),
                    t("财政拨款“三公”经费支出决算表", "三公经费.{0,6}决算(明细)?表"),
                    t("政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款(收入)?支出决算表"),
                    t("国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款(收入)?支出决算表"));

    private static final List<Table> BUDGET =
            List.of(
                    t("部门收支总表", "部门(财务)?收支(预算)?总表"),
                    t("部门收入总表", "部门收入(预算)?总表"),
                    t("部门支出总表", "部门支出(预算)?总表"),
                    t("财政拨款收支总表", "财政拨款收支(预算)?总表"),
                    t("一般公共预算支出表", "一般公共预算支出(功能分类预算)?表|一般公共预算财政拨款支出表"),
                    t("一般公共预算基本支出表", "一般公共预算(财政拨款)?基本支出.{0,12}表"),
                    t("一般公共预算“三公”经费支出表", "三公经费.{0,12}(支出|预算)表"),
                    t("政府性基金预算支出表", "政府性基金预算(财政拨款)?支出.{0,8}表"),
                    t("国有资本经营预算支出表", "国有资本经营预算(财政拨款)?支出.{0,8}表"),
                    // final accounts' 项目支出决算明细表 is no budget's project table
                    t("项目支出表", "项目支出(预算)?(明细)?表|项目经费(预算)?(明细)?表"),
                    t("绩效目标表", "绩效目标(申报|设定)?表|绩效目标.{0,6}表"));

    private MandatoryTables() {}

    private static Table t(String name, String regex) {
        return new Table(name, Pattern.compile(regex));
    }

    static List<Table> forKind(boolean budget) {
        return budget ? BUDGET : FINAL_ACCOUNTS;
    }

    /** Found among the recognised tables' titles, or a title line of the source document. */
    static boolean present(Table t, ProofInput input) {
        for (String title : input.tableTitles()) {
            if (t.title().matcher(plain(title)).find()) {
                return true;
            }
        }
        for (String line : input.source().lines()) {
            String l = plain(line);
            if (l.length() <= 60
                    && t.title()
                            .matcher(
                                    l.replaceAll(
                                            "^.{0,12}?(表[一二三四五六七八九十\\d]+|公开\\d+表?|\\d+[、.．])", ""))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document says its tables are in an attachment ("决算表 … 见附件"). */
    static boolean inAttachment(ProofInput input) {
        for (ProofInput.Part part : input.parts()) {
            if (("TABLES_NOTE".equals(part.key()) || part.title().matches(".*(决算|预算)表.*"))
                    && part.body().contains("见附件")) {
                return true;
            }
        }
        String previous = "";
        for (String line : input.source().lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().startsWith("见附件") && previous.matches(".*(决算|预算)表.*")) {
                return true;
            }
            previous = line;
        }
        return false;
    }

    /** Titles compared without spaces, quotes or the table number before them. */
    private static String plain(String title) {
        return title.replaceAll("[\\s“”\"‘’'　]", "")
                .replaceAll("^(附表\\d*|表\\d+|公开\\d+表?|[（(]?\\d+[）)]?[、.．]?)[:：]?", "");
    }
}

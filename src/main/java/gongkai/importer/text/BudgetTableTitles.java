package gongkai.importer.text;

import gongkai.disclosure.StandardTable;
import java.util.List;
import java.util.Map;

/**
 * The titles budgets (部门预算) give their tables, mapped to the final-accounts table of the same
 * meaning, so storage, display, search and comparison treat a budget's 部门收支总表 like a 收入支出决算总表. The
 * national set (部门收支总表 … 项目支出表) and the city sets (上海: 部门财务收支预算总表 … 部门"三公"经费和机关运行经费预算表) differ only
 * in wording; a title is matched at its end, longest wording first, after the unit name, year,
 * number and money unit are taken off ({@link TableTitles}).
 */
final class BudgetTableTitles {

    static final Map<StandardTable, List<String>> WORDINGS =
            Map.ofEntries(
                    Map.entry(
                            StandardTable.G01,
                            List.of("部门收支总表", "收支预算总表", "部门财务收支预算总表", "财务收支预算总表", "部门收支预算总表")),
                    Map.entry(StandardTable.G02, List.of("部门收入总表", "部门收入预算总表", "收入预算总表", "收入预算表")),
                    Map.entry(StandardTable.G03, List.of("部门支出总表", "部门支出预算总表", "支出预算总表", "支出预算表")),
                    Map.entry(
                            StandardTable.G04,
                            List.of("财政拨款收支总表", "财政拨款收支预算总表", "部门财政拨款收支预算总表", "财政拨款收支预算表")),
                    Map.entry(
                            StandardTable.G05,
                            List.of(
                                    "一般公共预算支出表",
                                    "一般公共预算支出预算表",
                                    "一般公共预算财政拨款支出表",
                                    "一般公共预算支出功能分类预算表",
                                    "部门一般公共预算支出功能分类预算表")),
                    Map.entry(
                            StandardTable.G06,
                            List.of(
                                    "一般公共预算基本支出表",
                                    "一般公共预算基本支出预算表",
                                    "一般公共预算财政拨款基本支出表",
                                    "一般公共预算基本支出经济分类预算表",
                                    "一般公共预算基本支出部门预算经济分类预算表",
                                    "部门一般公共预算基本支出部门预算经济分类预算表")),
                    Map.entry(
                            StandardTable.G07,
                            List.of(
                                    "政府性基金预算支出表",
                                    "政府性基金预算支出预算表",
                                    "政府性基金预算支出功能分类预算表",
                                    "部门政府性基金预算支出功能分类预算表")),
                    Map.entry(
                            StandardTable.G08,
                            List.of(
                                    "国有资本经营预算支出表",
                                    "国有资本经营预算支出预算表",
                                    "国有资本经营预算支出功能分类预算表",
                                    "部门国有资本经营预算支出功能分类预算表")),
                    Map.entry(
                            StandardTable.G09,
                            List.of(
                                    "一般公共预算三公经费支出表",
                                    "财政拨款三公经费支出表",
                                    "三公经费支出预算表",
                                    "三公经费预算表",
                                    "一般公共预算三公经费支出预算表",
                                    "三公经费和机关运行经费预算表",
                                    "部门三公经费和机关运行经费预算表")),
                    Map.entry(
                            StandardTable.PROJECT_DETAIL,
                            List.of("项目支出表", "项目支出预算表", "一般公共预算项目支出表", "项目支出预算明细表")));

    private BudgetTableTitles() {}
}

package gongkai.importer.tables;

import gongkai.disclosure.StandardTable;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a table's amount columns to {@link StandardTable} column keys by their header labels. Header
 * labels are spread over several rows (a group label above sub-labels), so the labels of each
 * column index are concatenated before matching.
 */
final class ColumnHeaders {

    /** Extra wordings for column labels, beyond StandardTable's own labels. */
    private static final Map<String, List<String>> SYNONYMS =
            Map.of(
                    "budget", List.of("年初预算数", "年初预算"),
                    "fiscal", List.of("财政拨款收入", "财政拨款"),
                    "total", List.of("本年收入合计", "本年支出合计", "本年支出小计", "小计", "合计"),
                    "carry_in", List.of("年初结转和结余", "年初结转"),
                    "carry_out", List.of("年末结转和结余", "年末结转"),
                    "income", List.of("本年收入"),
                    "remit", List.of("上缴上级支出"),
                    "subsidy", List.of("对附属单位补助支出"),
                    "affiliated", List.of("附属单位上缴收入"));

    private ColumnHeaders() {}

    /** The label text of each column index over the given header rows. */
    static Map<Integer, String> labels(List<TableBlock.GridRow> headerRows) {
        Map<Integer, String> labels = new HashMap<>();
        for (TableBlock.GridRow r : headerRows) {
            if (r.joined().startsWith("栏次")
                    || r.cells().stream().allMatch(c -> c.isBlank() || Amounts.isNumber(c))) {
                continue; // column numbers 1, 2, 3 … say nothing about the columns' meaning
            }
            for (int i = 0; i < r.cells().size(); i++) {
                String c = Texts.compact(r.cell(i));
                if (!c.isEmpty()) {
                    labels.merge(i, c, String::concat);
                }
            }
        }
        return labels;
    }

    /** Column key → cell index, for the columns whose label was found at or after {@code from}. */
    static Map<String, Integer> map(
            Map<Integer, String> labels, List<StandardTable.Column> columns, int from) {
        return map(labels, columns, from, SYNONYMS);
    }

    /** As {@link #map(Map, List, int)}, with the given wordings beside each column's label. */
    static Map<String, Integer> map(
            Map<Integer, String> labels,
            List<StandardTable.Column> columns,
            int from,
            Map<String, List<String>> synonyms) {
        Map<String, Integer> result = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        // exact matches first, then containment, so 本年支出合计 does not steal 合计's column
        for (int pass = 0; pass < 2; pass++) {
            for (StandardTable.Column col : columns) {
                if (result.containsKey(col.key())) {
                    continue;
                }
                for (String wording : wordings(col, synonyms)) {
                    Integer idx = find(labels, wording, from, used, pass == 0);
                    if (idx != null) {
                        result.put(col.key(), idx);
                        used.add(idx);
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static List<String> wordings(
            StandardTable.Column col, Map<String, List<String>> synonyms) {
        List<String> w = new ArrayList<>();
        w.add(Texts.compact(col.label()));
        w.addAll(synonyms.getOrDefault(col.key(), List.of()));
        return w;
    }

    private static Integer find(
            Map<Integer, String> labels,
            String wording,
            int from,
            Set<Integer> used,
            boolean exact) {
        return labels.entrySet().stream()
                .filter(e -> e.getKey() >= from && !used.contains(e.getKey()))
                .filter(
                        e ->
                                exact
                                        ? e.getValue().equals(wording)
                                                || e.getValue().endsWith(wording)
                                                        && exactTail(e.getValue(), wording)
                                        : e.getValue().contains(wording))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(null);
    }

    /** "本年支出小计" ends with 小计 as a sub-label: accept as exact when the group label precedes it. */
    private static boolean exactTail(String label, String wording) {
        String head = label.substring(0, label.length() - wording.length());
        return head.equals("本年支出")
                || head.equals("本年收入")
                || head.equals("支出")
                || head.equals("决算数")
                || head.equals("预算数");
    }
}

package gongkai.importer.tables;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.importer.text.Texts;
import java.util.List;

/**
 * A table as found in the text, before its rows are understood: title, the money unit it states
 * (null when it states none), notes such as 本表无数据, and its rows as cells. {@code line} and {@code
 * end} are 0-based indexes into the document's lines; {@code end} is exclusive.
 */
public record TableBlock(
        StandardTable kind,
        String title,
        int line,
        MoneyUnit statedUnit,
        String note,
        List<GridRow> rows,
        int end) {

    /** One row of cells; {@code line} is the 0-based index of its (first) line. */
    record GridRow(int line, List<String> cells) {

        String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        boolean blankAt(int i) {
            return Texts.strip(cell(i)).isEmpty();
        }

        /** All cells joined without separators, for keyword tests. */
        String joined() {
            return Texts.compact(String.join("", cells));
        }
    }
}

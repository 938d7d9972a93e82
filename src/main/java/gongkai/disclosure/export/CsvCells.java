package gongkai.disclosure.export;

import io.micronaut.core.annotation.Nullable;

/** Cells of the CSV files the portal offers for download (disclosures, comparisons). */
public final class CsvCells {

    private CsvCells() {}

    /**
     * A text cell made safe for spreadsheets: a value starting with = + - @ (or a tab / carriage
     * return) would be run as a formula when the CSV is opened, so it gets a leading apostrophe.
     * Amounts are written as plain decimals and never pass through here.
     */
    public static String formulaSafe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}

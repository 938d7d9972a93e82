package gongkai.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns a record into its line of a dataset's file: CSV (RFC 4180, CRLF) or one JSON object and a
 * newline. A record goes into up to four files (all years and its year, current and all revisions);
 * it is formatted once here and the same text is written to each.
 */
final class RecordLine {

    private final Dataset dataset;
    private final StringBuilder out = new StringBuilder(512);
    private final CSVPrinter csv;

    RecordLine(Dataset dataset) {
        this.dataset = dataset;
        try {
            this.csv = dataset.format.equals("csv") ? new CSVPrinter(out, CSVFormat.RFC4180) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /** The header line; empty for JSON Lines. */
    String header() {
        return csv == null ? "" : format(List.copyOf(dataset.header()));
    }

    String format(List<Object> values) {
        out.setLength(0);
        if (csv != null) {
            try {
                for (Object v : values) {
                    csv.print(cell(v));
                }
                csv.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                object.put(dataset.fields.get(i).name(), values.get(i));
            }
            Json.write(out, object);
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }
}

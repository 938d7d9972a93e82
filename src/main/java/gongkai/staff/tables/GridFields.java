package gongkai.staff.tables;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grid's form. The disclosure and the table come from the path. The fixed fields are named
 * components with their rules; the version is kept as text and read leniently (anything unreadable
 * is a stale version, refused on save). The cells ({@code code_N}, {@code name_N}, {@code
 * amt_N_COLUMN}) depend on the table's columns and on how many rows the editor has, so no fixed
 * component can hold them: every posted field that is not one of the fixed ones is collected, as
 * text, in {@code cells}, and {@link TableForm#parse} reads and checks them cell by cell.
 */
@Serdeable
record GridFields(
        @Nullable String csrfToken,
        @Nullable String version,
        @Nullable String rows,
        @Pattern(regexp = "YUAN|WAN_YUAN", message = "金额单位只能是元或万元。") @Nullable String unit,
        @Pattern(regexp = "YUAN|WAN_YUAN", message = "金额单位只能是元或万元。") @Nullable String switchUnit,
        @Pattern(regexp = "\\s*\\d{0,7}\\s*", message = "科目代码应为数字，最多 7 位，如 2040610。") @Nullable
                String newCode,
        @Nullable String confirmScale,
        @Nullable Map<String, String> cells) {

    GridFields {
        cells = cells == null ? new LinkedHashMap<>() : cells;
    }

    /** Collects every posted field that is not a fixed one: the cells. */
    @JsonAnySetter
    void cell(String name, String value) {
        cells.put(name, value);
    }

    long versionOrStale() {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    Map<String, String> postedCells() {
        return cells;
    }
}

package gongkai.importer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A table the import found in the document but could not read, stored with the revision: an error
 * that stops a publish until staff confirm it ({@code confirmedBy} set).
 */
@Serdeable
@MappedEntity("import_gap")
public record ImportGap(
        @Id @GeneratedValue Long id,
        long disclosureId,
        String tableLabel,
        String tableTitle,
        @Nullable Integer sourceLine,
        String reason,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedBy != null;
    }

    /** "公开01 收入支出决算总表（第 93 行）未读取：…", as staff and findings show it. */
    public String message() {
        return tableName()
                + (sourceLine == null ? "" : "（第 " + sourceLine + " 行）")
                + "导入时未读取："
                + reason;
    }

    /** "公开01 收入支出决算总表", or the title alone where the document numbers no tables. */
    public String tableName() {
        return tableLabel.isEmpty() ? tableTitle : tableLabel + " " + tableTitle;
    }
}

package gongkai.search.query;

import gongkai.search.analysis.DocType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One result. {@code type} is a {@link DocType} name; {@code title} plain text (section title, row
 * name with its table, project name); {@code snippet} HTML: matches in {@code <mark>}, everything
 * else escaped; {@code code} the row's classification code (line items); {@code amount} the main
 * amount in 元 (line items: the table's total column; projects: executed, else annual budget);
 * {@code kind} the report's {@link gongkai.disclosure.DisclosureKind} name (BUDGET or
 * FINAL_ACCOUNTS).
 */
@Serdeable
public record Hit(
        String type,
        long disclosureId,
        String unit,
        String region,
        int year,
        String title,
        String snippet,
        @Nullable String code,
        @Nullable BigDecimal amount,
        @Nullable String kind) {}

package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One table of a disclosure, identified by what it is ({@link StandardTable}), not by its number in
 * the document.
 */
@MappedEntity("disclosure_table")
public record DisclosureTable(
        @Id @GeneratedValue Long id,
        Long disclosureId,
        StandardTable tableKind,
        int position,
        String title,
        @Nullable MoneyUnit sourceMoneyUnit,
        @Nullable String note) {}

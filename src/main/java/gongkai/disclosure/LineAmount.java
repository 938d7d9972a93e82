package gongkai.disclosure;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;

/** One exact amount (元) of a line item, under a column key of its table. */
@MappedEntity("line_amount")
public record LineAmount(@EmbeddedId Key key, BigDecimal amount) {

    @Embeddable
    public record Key(
            @MappedProperty("line_item_id") Long lineItemId,
            @MappedProperty("column_key") String columnKey) {}

    public static LineAmount of(long lineItemId, String columnKey, BigDecimal amount) {
        return new LineAmount(new Key(lineItemId, columnKey), amount);
    }
}

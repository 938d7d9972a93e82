package gongkai.disclosure.store;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** A stored amount with its line item, as read back in bulk. */
@Introspected
public record AmountRow(Long lineItemId, String columnKey, BigDecimal amount) {}

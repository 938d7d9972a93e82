package gongkai.disclosure.store;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** An amount summed under a classification code (or code prefix). */
@Introspected
public record CodeAmount(String code, BigDecimal amount) {}

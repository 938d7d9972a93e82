package gongkai.search.query;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One facet value: {@code value} is what a filter takes (year, region code, unit id, type, 类 code),
 * {@code label} what people read.
 */
@Serdeable
public record FacetCount(String value, String label, long count) {}

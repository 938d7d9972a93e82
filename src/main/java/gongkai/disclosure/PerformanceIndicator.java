package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One indicator of a performance self-evaluation (一级/二级/三级指标 …). */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("performance_indicator")
public record PerformanceIndicator(
        @Id @GeneratedValue Long id,
        Long projectId,
        int position,
        @Nullable String level1,
        @Nullable String level2,
        String name,
        @Nullable String nature,
        @Nullable String direction,
        @Nullable String targetValue,
        @Nullable String actualValue,
        @Nullable String measureUnit,
        @Nullable BigDecimal weight,
        @Nullable BigDecimal score,
        @Nullable String deviationReason) {}

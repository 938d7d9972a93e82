package gongkai.disclosure;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One indicator of a performance self-evaluation (一级/二级/三级指标 …). */
@MappedEntity("performance_indicator")
public record PerformanceIndicator(
        @Id @GeneratedValue Long id,
        Long projectId,
        int position,
        String level1,
        String level2,
        String name,
        String nature,
        String direction,
        String targetValue,
        String actualValue,
        String measureUnit,
        BigDecimal weight,
        BigDecimal score,
        String deviationReason) {
}

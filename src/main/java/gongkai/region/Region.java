package gongkai.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** An administrative division (GB/T 2260): 6-digit code, name, level, parent. */
@Serdeable
@MappedEntity("region")
public record Region(
        @Id String code, String name, RegionLevel level, @Nullable String parentCode) {}

package gongkai.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A budget unit (单位): a 司法厅/司法局 or a subordinate unit. Its name is unique within its region. */
@Serdeable
@MappedEntity("unit")
public record Unit(
        @Id @GeneratedValue Long id,
        String name,
        String regionCode,
        @Nullable Long parentUnitId,
        @Nullable String kind) {

    public static Unit of(String name, String regionCode, String kind) {
        return new Unit(null, name, regionCode, null, kind);
    }
}

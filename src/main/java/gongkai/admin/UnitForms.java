package gongkai.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The unit form (new unit and edit unit) as posted, and as shown again. The unit edited comes from
 * the path.
 */
final class UnitForms {

    private UnitForms() {}

    /**
     * Whether the region code and the supervising unit exist is UnitService's and RegionDirectory's
     * to say.
     */
    @Serdeable
    record Posted(
            @Nullable String csrfToken,
            @NotBlank(message = "请填写单位名称。") @Size(max = 200, message = "单位名称最多 200 字。") @Nullable
                    String name,
            @NotBlank(message = "请填写行政区划代码（6 位）。") @Nullable String regionCode,
            @Size(max = 40, message = "单位性质最多 40 字。") @Nullable String kind,
            @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "所选主管单位不存在。") @Nullable
                    String parentUnitId) {}

    /**
     * A unit form as typed, with a message per field ("name", "regionCode", "kind",
     * "parentUnitId").
     */
    @Serdeable
    record Typed(
            String name,
            String regionCode,
            String kind,
            String parentUnitId,
            Map<String, String> errors) {

        static Typed blank() {
            return new Typed("", "", "", "", Map.of());
        }

        static Typed of(Posted f, Map<String, String> errors) {
            return new Typed(
                    Admins.strip(f.name()),
                    Admins.strip(f.regionCode()),
                    Admins.strip(f.kind()),
                    Admins.strip(f.parentUnitId()),
                    errors);
        }

        Typed withErrors(Map<String, String> more) {
            return new Typed(name, regionCode, kind, parentUnitId, more);
        }

        @Nullable
        Long parent() {
            return parentUnitId.isEmpty() ? null : Long.valueOf(parentUnitId);
        }
    }
}

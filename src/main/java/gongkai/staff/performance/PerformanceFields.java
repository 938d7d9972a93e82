package gongkai.staff.performance;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A performance project's form as posted. The project and the disclosure come from the path. The
 * fields are a grid (the project's own, then {@code ind_0_name} … {@code ind_199_reason} per
 * indicator), which no fixed record describes: every posted field is collected here, as text, and
 * read at once into the typed {@link PerformanceForm} and {@link PerformanceSave.Posted}, which
 * carry the rules and the messages next to each field.
 */
@Serdeable
record PerformanceFields(@Nullable Map<String, String> fields) {

    PerformanceFields {
        fields = fields == null ? new LinkedHashMap<>() : fields;
    }

    /** Collects every posted field. */
    @JsonAnySetter
    void field(String name, String value) {
        fields.put(name, value);
    }
}

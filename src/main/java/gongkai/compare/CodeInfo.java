package gongkai.compare;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What was compared, as the API and the page state it: the code, its name and kind, and where
 * amounts come from.
 */
@Serdeable
record CodeInfo(String code, String name, String kind, String kindLabel, List<String> sources) {

    static CodeInfo of(CompareCode c) {
        return new CodeInfo(
                c.code(),
                c.name(),
                c.kind().name(),
                c.kindLabel(),
                c.sources().stream().map(CompareCode.Source::label).toList());
    }
}

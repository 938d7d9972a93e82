package gongkai.opendata;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;

/** The bulk downloads' settings (gongkai.bulk.* in application.yml). */
@Singleton
class BulkSettings {

    private final Path dir;
    private final Duration quiet;
    private final Duration maxWait;
    private final DataPackage.Licence licence;

    BulkSettings(
            @Value("${gongkai.bulk.dir:}") String dir,
            @Value("${gongkai.data-dir:./data}") String dataDir,
            @Value("${gongkai.bulk.quiet-period:2s}") Duration quiet,
            @Value("${gongkai.bulk.max-wait:60s}") Duration maxWait,
            @Value("${gongkai.bulk.licence.name:CC-BY-4.0}") String licenceName,
            @Value("${gongkai.bulk.licence.path:https://creativecommons.org/licenses/by/4.0/}")
                    String licencePath,
            @Value("${gongkai.bulk.licence.title:Creative Commons Attribution 4.0}")
                    String licenceTitle) {
        this.dir =
                (dir.isBlank() ? Path.of(dataDir, "bulk") : Path.of(dir))
                        .toAbsolutePath()
                        .normalize();
        this.quiet = quiet;
        this.maxWait = maxWait;
        this.licence = new DataPackage.Licence(licenceName, licencePath, licenceTitle);
    }

    Path dir() {
        return dir;
    }

    /** How long the outbox must stay still before a rebuild starts (a burst → one rebuild). */
    Duration quiet() {
        return quiet;
    }

    /** The longest a publication waits for its rebuild while publications keep coming. */
    Duration maxWait() {
        return maxWait;
    }

    DataPackage.Licence licence() {
        return licence;
    }
}

package gongkai.opendata;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * What the bulk bench needs from the open-data package and the product does not expose: one build
 * on demand and its figures. In the bench source set but in this package, so the builder stays
 * package-private.
 */
public final class BulkBenchAccess {

    private BulkBenchAccess() {}

    /** One file of a build. */
    public record FileFigures(String name, long bytes, long rows) {}

    /** A build's figures; files largest first. */
    public record BuildFigures(
            long millis, long disclosures, long revisions, List<FileFigures> files) {}

    public static BuildFigures build(ApplicationContext context) throws IOException {
        BulkManifest m = context.getBean(BulkBuilder.class).build();
        return new BuildFigures(
                m.buildMillis(),
                m.disclosures(),
                m.revisions(),
                m.files().stream()
                        .sorted(Comparator.comparingLong(BulkFile::bytes).reversed())
                        .map(f -> new FileFigures(f.name(), f.bytes(), f.rows()))
                        .toList());
    }
}

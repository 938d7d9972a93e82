package gongkai.opendata;

import gongkai.disclosure.DisclosureBatches;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.SearchOutbox;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds every bulk file in one pass over the public disclosures, read through the disclosure
 * feature's read API a batch at a time with a few set-based queries per batch, and streamed into
 * the gzip files record by record (memory stays flat at any corpus size). A build is written into a
 * fresh directory that only {@link BulkStore} makes current, so a download never sees a file half
 * written or one build's data file with another build's datapackage.json.
 */
@Singleton
class BulkBuilder {

    /**
     * Disclosures read per batch: a few set-based queries each ({@link
     * DisclosureCatalog#documents}). About 100 KB of narrative and 500 amounts per generated report
     * keep a batch near 20 MB.
     */
    static final int BATCH = 100;

    private final DisclosureCatalog catalog;
    private final DisclosureBatches batches;
    private final SearchOutbox outbox;
    private final RegionDirectory regions;
    private final BulkStore store;
    private final DataPackage.Licence licence;

    BulkBuilder(
            DisclosureCatalog catalog,
            DisclosureBatches batches,
            SearchOutbox outbox,
            RegionDirectory regions,
            BulkStore store,
            BulkSettings settings) {
        this.catalog = catalog;
        this.batches = batches;
        this.outbox = outbox;
        this.regions = regions;
        this.store = store;
        this.licence = settings.licence();
    }

    /**
     * Builds from what is public now and makes it current. The outbox position is read first: a
     * publication committed during the build has a higher position, so the follower builds again.
     */
    BulkManifest build() throws IOException {
        long position = outbox.lastPosition();
        long started = System.nanoTime();
        Instant builtAt = Instant.now();
        Path dir = store.newBuildDirectory();
        Map<String, GzipSink> sinks = new TreeMap<>();
        long current = 0;
        long revisions = 0;
        try {
            for (Dataset d : Dataset.values()) {
                sink(sinks, dir, d, null, false);
                sink(sinks, dir, d, null, true);
            }
            Map<String, String> levels = new HashMap<>();
            Map<Dataset, RecordLine> lines = new EnumMap<>(Dataset.class);
            for (Dataset d : Dataset.values()) {
                lines.put(d, new RecordLine(d));
            }
            List<Long> ids = publicIds();
            for (int from = 0; from < ids.size(); from += BATCH) {
                // one batch's documents at a time: memory stays flat at any corpus size
                for (DisclosureDocument doc :
                        batches.documents(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                    if (!isPublic(doc)) {
                        continue; // changed since listed: the outbox brings a rebuild
                    }
                    boolean isCurrent = doc.status() == DisclosureStatus.PUBLISHED;
                    DocumentRows rows =
                            new DocumentRows(
                                    doc,
                                    levels.computeIfAbsent(
                                            doc.unit().region().code(), this::regionLevel));
                    for (Dataset d : Dataset.values()) {
                        GzipSink all = sink(sinks, dir, d, null, true);
                        GzipSink yearAll = sink(sinks, dir, d, doc.fiscalYear(), true);
                        GzipSink now = isCurrent ? sink(sinks, dir, d, null, false) : null;
                        GzipSink yearNow =
                                isCurrent ? sink(sinks, dir, d, doc.fiscalYear(), false) : null;
                        for (List<Object> record : rows.rows(d)) {
                            String line = lines.get(d).format(record);
                            all.write(line);
                            yearAll.write(line);
                            if (isCurrent) {
                                now.write(line);
                                yearNow.write(line);
                            }
                        }
                    }
                    revisions++;
                    if (isCurrent) {
                        current++;
                    }
                }
            }
            List<BulkFile> files = new ArrayList<>();
            for (GzipSink s : sinks.values()) {
                files.add(s.finish(builtAt));
            }
            files.add(dataPackage(dir, files, builtAt));
            long millis = (System.nanoTime() - started) / 1_000_000;
            BulkManifest manifest =
                    new BulkManifest(
                            dir.getFileName().toString(),
                            position,
                            builtAt,
                            millis,
                            current,
                            revisions,
                            files);
            return store.publish(dir, manifest);
        } finally {
            for (GzipSink s : sinks.values()) {
                s.close();
            }
            store.discardUnpublished(dir);
        }
    }

    /** Published revisions and the superseded ones that were public once, in id order. */
    private List<Long> publicIds() {
        TreeSet<Long> ids = new TreeSet<>(outbox.publishedIds());
        int page = 1000;
        for (int offset = 0; ; offset += page) {
            List<DisclosureSummary> batch =
                    catalog.list(null, null, DisclosureStatus.SUPERSEDED, page, offset);
            batch.forEach(s -> ids.add(s.id()));
            if (batch.size() < page) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    /** What the read API serves: published, or superseded after having been published. */
    static boolean isPublic(DisclosureDocument d) {
        return (d.status() == DisclosureStatus.PUBLISHED
                        || d.status() == DisclosureStatus.SUPERSEDED)
                && d.publishedAt() != null;
    }

    private String regionLevel(String code) {
        return regions.byCode(code).map(Region::level).map(Enum::name).orElse(null);
    }

    private static GzipSink sink(
            Map<String, GzipSink> sinks, Path dir, Dataset d, Integer year, boolean all)
            throws IOException {
        String name = d.fileName(year, all);
        GzipSink s = sinks.get(name);
        if (s == null) {
            s = new GzipSink(dir, d, year, all);
            sinks.put(name, s);
        }
        return s;
    }

    private BulkFile dataPackage(Path dir, List<BulkFile> files, Instant builtAt)
            throws IOException {
        byte[] bytes = DataPackage.json(files, builtAt, licence).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(BulkStore.DATAPACKAGE), bytes);
        try {
            String sha =
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new BulkFile(
                    BulkStore.DATAPACKAGE,
                    null,
                    null,
                    false,
                    "application/json",
                    bytes.length,
                    files.size(),
                    sha,
                    builtAt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

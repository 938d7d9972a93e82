package gongkai.bench;

import gongkai.bench.CorpusGenerator.GeneratedDisclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Stores a generated corpus through the portal's own write path, the calls the importer makes for a
 * document it publishes at once: {@link UnitService#findOrCreate} registers the unit and {@link
 * DisclosureService#storeNewRevision} stores the content as a published revision and queues it in
 * the search outbox. There is no second writer of the schema. Several disclosures share a
 * transaction ({@link #BATCH}), which saves the per-commit cost of the embedded database; a rebuild
 * ({@code reindex}) afterwards is still faster than letting a running portal apply the outbox.
 *
 * <p>A disclosure whose unit already existed and already has a published revision for that year is
 * skipped, so generating into a database with the demo data leaves the demo reports alone.
 */
public final class CorpusLoader {

    /** What a load stored and how long it took. */
    public record LoadResult(
            int disclosures,
            int skipped,
            int units,
            long sections,
            long lineItems,
            long amounts,
            long projects,
            long indicators,
            long textBytes,
            long nanos) {
        public double disclosuresPerSecond() {
            return disclosures / Math.max(1e-9, nanos / 1e9);
        }
    }

    /** Progress: disclosures done of total, elapsed nanoseconds. */
    public record Progress(int done, int total, long elapsedNanos) {}

    /** Disclosures per transaction. */
    static final int BATCH = 25;

    private final UnitService units;
    private final DisclosureService disclosures;
    private final DisclosureCatalog catalog;
    private final TransactionOperations<?> transactions;

    public CorpusLoader(ApplicationContext context) {
        this.units = context.getBean(UnitService.class);
        this.disclosures = context.getBean(DisclosureService.class);
        this.catalog = context.getBean(DisclosureCatalog.class);
        this.transactions = context.getBean(TransactionOperations.class);
    }

    /** Stores the corpus with one writer: disclosure ids then follow the generator's order. */
    public LoadResult load(CorpusGenerator generator, Consumer<Progress> progress) {
        return load(generator, progress, 1);
    }

    /**
     * Stores the corpus over {@code writers} threads, each taking the next batch until none is
     * left.
     */
    public LoadResult load(CorpusGenerator generator, Consumer<Progress> progress, int writers) {
        long started = System.nanoTime();
        Map<Integer, Long> unitIds = new HashMap<>();
        Map<Integer, Boolean> existed = new HashMap<>();
        registerUnits(generator, unitIds, existed);
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<CorpusCounts> counts = new ArrayList<>();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int w = 0; w < writers; w++) {
                CorpusCounts n = new CorpusCounts();
                counts.add(n);
                running.add(
                        CompletableFuture.runAsync(
                                () -> {
                                    int total = generator.count();
                                    int from;
                                    while ((from = nextBatch.getAndIncrement() * BATCH) < total) {
                                        int to = Math.min(total, from + BATCH);
                                        int first = from;
                                        transactions.executeWrite(
                                                status -> {
                                                    storeBatch(
                                                            generator, first, to, unitIds, existed,
                                                            n);
                                                    return null;
                                                });
                                        int d = done.addAndGet(to - from);
                                        synchronized (progress) {
                                            progress.accept(
                                                    new Progress(
                                                            d, total, System.nanoTime() - started));
                                        }
                                    }
                                },
                                pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdownNow();
        }
        CorpusCounts n = CorpusCounts.sum(counts);
        return new LoadResult(
                n.disclosures,
                n.skipped,
                unitIds.size(),
                n.sections,
                n.lineItems,
                n.amounts,
                n.projects,
                n.indicators,
                n.textBytes,
                System.nanoTime() - started);
    }

    /**
     * Units in the generator's order, in one transaction, so their ids are as deterministic as the
     * content.
     */
    private void registerUnits(
            CorpusGenerator generator, Map<Integer, Long> unitIds, Map<Integer, Boolean> existed) {
        Map<String, Long> before = new HashMap<>();
        for (Unit u : units.all()) {
            before.put(u.regionCode() + "/" + u.name(), u.id());
        }
        transactions.executeWrite(
                status -> {
                    List<UnitCatalog.UnitSpec> specs = generator.units();
                    for (int i = 0; i < specs.size(); i++) {
                        UnitCatalog.UnitSpec u = specs.get(i);
                        existed.put(i, before.containsKey(u.regionCode() + "/" + u.name()));
                        unitIds.put(i, units.findOrCreate(u.name(), u.regionCode(), u.kind()).id());
                    }
                    return null;
                });
    }

    private void storeBatch(
            CorpusGenerator generator,
            int from,
            int to,
            Map<Integer, Long> unitIds,
            Map<Integer, Boolean> existed,
            CorpusCounts n) {
        for (int i = from; i < to; i++) {
            GeneratedDisclosure g = generator.generate(i);
            long unitId = unitIds.get(g.unitIndex());
            DisclosureDocument d = g.document();
            if (existed.get(g.unitIndex()) && alreadyPublished(unitId, d.fiscalYear())) {
                n.skipped++;
                continue;
            }
            disclosures.storeNewRevision(
                    unitId, GeneratedContent.of(d), DisclosureStatus.PUBLISHED, null);
            n.add(d);
        }
    }

    private boolean alreadyPublished(long unitId, int year) {
        return catalog.revisions(unitId, year, DisclosureKind.FINAL_ACCOUNTS).stream()
                .anyMatch(s -> s.status() == DisclosureStatus.PUBLISHED);
    }
}

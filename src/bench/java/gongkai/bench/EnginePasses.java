package gongkai.bench;

import gongkai.search.SearchIndex;
import gongkai.search.query.BenchAccess;
import gongkai.search.query.SearchQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;

/**
 * The passes without HTTP, before the portal holds the index: the portal's engine in-process, raw
 * Lucene (the floor) and "Lucene alone" running the engine's own Lucene queries on a bare searcher.
 */
final class EnginePasses {

    /** Per query: totals and p50s of each pass; overall: 1 and 8 clients. */
    record Figures(
            long[] engineTotals,
            double[] engineP50,
            LatencyStats engine1,
            LatencyStats engine8,
            long[] rawTotals,
            double[] rawP50,
            LatencyStats raw1,
            LatencyStats raw8,
            double[] sameWorkP50,
            LatencyStats sameWork1,
            LatencyStats sameWork8,
            int luceneDocs) {}

    private EnginePasses() {}

    static Figures run(BenchCommand.Options options, Path indexDir, Path generation)
            throws Exception {
        List<QuerySet.Query> queries = QuerySet.QUERIES;
        int n = queries.size();
        int rounds = options.rounds();
        long[] engineTotals = new long[n];
        double[] engineP50 = new double[n];
        LatencyStats engine1;
        LatencyStats engine8;
        List<Query> portalQueries = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(generation)) {
            List<Load.Task> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SearchQuery sq = engineQuery(queries.get(i));
                portalQueries.add(BenchAccess.portalQuery(sq));
                int k = i;
                tasks.add(() -> engineTotals[k] = index.search(sq).total());
            }
            Load.warmUp(tasks, options.warmup(), options.warmupSeconds());
            engine1 = Load.perQuery(tasks, rounds, engineP50);
            engine8 = Load.run(tasks, 8, rounds);
        }
        long[] rawTotals = new long[n];
        double[] rawP50 = new double[n];
        double[] sameWorkP50 = new double[n];
        long[] sameWorkTotals = new long[n];
        try (RawLucene raw = new RawLucene(indexDir)) {
            List<Load.Task> tasks = new ArrayList<>();
            List<Load.Task> same = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                QuerySet.Query q = queries.get(i);
                Query portal = portalQueries.get(i);
                int k = i;
                tasks.add(() -> rawTotals[k] = raw.search(q));
                same.add(() -> sameWorkTotals[k] = raw.searchSameWork(q, portal));
            }
            Load.warmUp(tasks, options.warmup(), options.warmupSeconds());
            LatencyStats raw1 = Load.perQuery(tasks, rounds, rawP50);
            LatencyStats raw8 = Load.run(tasks, 8, rounds);
            Load.warmUp(same, options.warmup(), options.warmupSeconds());
            LatencyStats sameWork1 = Load.perQuery(same, rounds, sameWorkP50);
            LatencyStats sameWork8 = Load.run(same, 8, rounds);
            for (int i = 0; i < n; i++) {
                if (sameWorkTotals[i] != 0 && sameWorkTotals[i] != engineTotals[i]) {
                    // Both ran the same query on the same index (the portal relaxes a query that
                    // finds nothing);
                    // a difference means the comparison is broken.
                    throw new IllegalStateException(
                            "Lucene alone counted "
                                    + sameWorkTotals[i]
                                    + " for "
                                    + queries.get(i).label()
                                    + ", the portal "
                                    + engineTotals[i]);
                }
            }
            return new Figures(
                    engineTotals,
                    engineP50,
                    engine1,
                    engine8,
                    rawTotals,
                    rawP50,
                    raw1,
                    raw8,
                    sameWorkP50,
                    sameWork1,
                    sameWork8,
                    raw.documents());
        }
    }

    static SearchQuery engineQuery(QuerySet.Query q) {
        SearchQuery.Sort sort =
                q.sort() == null
                        ? SearchQuery.Sort.RELEVANCE
                        : SearchQuery.Sort.valueOf(q.sort().toUpperCase(Locale.ROOT));
        return new SearchQuery(
                q.q(), q.year(), q.region(), null, q.type(), null, sort, q.page(), QuerySet.SIZE);
    }
}

package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.search.analysis.TextNormalizer;
import gongkai.search.index.DocumentMapper;
import gongkai.search.query.Hit;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The relevance suite over the three real sample documents: queries, relevance judgements (a
 * predicate over each indexed item's own text) and expectations on the top results. Prints
 * precision@5, recall@10 and latency per query. Subclasses supply the documents (the real importer,
 * or a rough reading of the sample texts).
 *
 * <p>Judgements: an item (section, line item, project) is relevant when its normalised text (title,
 * code, body) contains what the query asks for, spelled out per query below (e.g. 社区矫正经费 → items
 * about 社区矫正; 三公经费 → items naming 三公 or one of its three parts).
 */
final class RelevanceSuite {

    /** One indexed item, reconstructed from the source documents, keyed like a hit. */
    record Item(long disclosureId, String type, String title, String code, String text) {
        String key() {
            return disclosureId + "|" + type + "|" + title;
        }
    }

    record Case(String query, Predicate<Item> relevant, Consumer<List<Hit>> expect) {}

    /** Queries whose top 10 are printed in full, for eyeballing. */
    private static final Set<String> SHOWN = Set.of("法治乌兰牧骑", "社区矫正经费", "三公经费", "20406");

    private final List<DisclosureDocument> corpus;
    private final Map<String, Item> items = new HashMap<>();
    private final long inner0;
    private final long inner1;
    private final long liling;

    RelevanceSuite(List<DisclosureDocument> corpus) {
        this.corpus = corpus;
        for (DisclosureDocument d : corpus) {
            for (SectionView s : d.sections()) {
                put(new Item(d.id(), "SECTION", s.title(), null, s.title() + "\n" + s.body()));
            }
            for (TableView t : d.tables()) {
                for (RowView r : t.rows()) {
                    put(
                            new Item(
                                    d.id(),
                                    "LINE_ITEM",
                                    DocumentMapper.rowTitle(r, t.kind()),
                                    r.code(),
                                    (r.code() == null ? "" : r.code() + " ")
                                            + r.name()
                                            + " "
                                            + t.title()));
                }
            }
            for (ProjectView p : d.projects()) {
                StringBuilder text = new StringBuilder(p.name());
                for (String s : Arrays.asList(p.goalPlanned(), p.goalActual(), p.summary())) {
                    if (s != null) {
                        text.append('\n').append(s);
                    }
                }
                p.indicators().forEach(i -> text.append('\n').append(i.name()));
                put(new Item(d.id(), "PROJECT", p.name(), null, text.toString()));
            }
        }
        inner0 = idOf(corpus, "法治宣传中心");
        inner1 = idOf(corpus, "司法厅");
        liling = idOf(corpus, "醴陵");
    }

    private static long idOf(List<DisclosureDocument> corpus, String unitPart) {
        return corpus.stream()
                .filter(d -> d.unit().name().contains(unitPart))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void put(Item item) {
        items.merge(
                item.key(),
                item,
                (a, b) ->
                        new Item(
                                a.disclosureId(),
                                a.type(),
                                a.title(),
                                a.code() != null ? a.code() : b.code(),
                                a.text() + "\n" + b.text()));
    }

    private static Predicate<Item> contains(String... any) {
        return item -> {
            String t = TextNormalizer.normalize(item.text());
            return Arrays.stream(any).anyMatch(s -> t.contains(TextNormalizer.normalize(s)));
        };
    }

    private static Predicate<Item> code(String prefix) {
        return item -> item.code() != null && item.code().startsWith(prefix);
    }

    private Item item(Hit h) {
        return items.get(h.disclosureId() + "|" + h.type() + "|" + h.title());
    }

    private static Set<Long> reports(List<Hit> hits, int n) {
        return hits.stream().limit(n).map(Hit::disclosureId).collect(Collectors.toSet());
    }

    List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(
                new Case(
                        "法治乌兰牧骑",
                        contains("法治乌兰牧骑"),
                        hits -> {
                            assertTrue(
                                    reports(hits, 5).containsAll(Set.of(inner0, inner1)),
                                    "both Inner Mongolia reports");
                            assertTrue(
                                    hits.get(0).snippet().contains("<mark>法治乌兰牧骑</mark>"),
                                    hits.get(0).snippet());
                        }));
        c.add(
                new Case(
                        "社区矫正经费",
                        contains("社区矫正"),
                        hits -> {
                            Set<Long> having =
                                    corpus.stream()
                                            .filter(
                                                    d ->
                                                            items.values().stream()
                                                                    .anyMatch(
                                                                            i ->
                                                                                    i.disclosureId()
                                                                                                    == d
                                                                                                            .id()
                                                                                            && contains(
                                                                                                            "社区矫正")
                                                                                                    .test(
                                                                                                            i)))
                                            .map(DisclosureDocument::id)
                                            .collect(Collectors.toSet());
                            assertTrue(
                                    reports(hits, 10).containsAll(having),
                                    "every sample with 社区矫正: " + having);
                            assertTrue(
                                    hits.stream()
                                            .limit(5)
                                            .anyMatch(h -> "2040610".equals(h.code())),
                                    "a 2040610 line item in the top 5");
                            int lastStrong = -1;
                            int firstScattered = Integer.MAX_VALUE;
                            for (int i = 0; i < hits.size(); i++) {
                                Item it = item(hits.get(i));
                                String t = it == null ? "" : TextNormalizer.normalize(it.text());
                                if ("2040610".equals(hits.get(i).code()) || t.contains("社区矫正经费")) {
                                    lastStrong = i;
                                } else if (!t.contains("社区矫正")
                                        && firstScattered == Integer.MAX_VALUE) {
                                    firstScattered = i;
                                }
                            }
                            assertTrue(
                                    lastStrong < firstScattered,
                                    "2040610 rows and 社区矫正经费 passages before scattered ones");
                        }));
        c.add(
                new Case(
                        "乌兰",
                        contains("乌兰"),
                        hits -> assertTrue(reports(hits, 10).containsAll(Set.of(inner0, inner1)))));
        c.add(
                new Case(
                        "服务",
                        contains("服务"),
                        hits ->
                                assertTrue(
                                        hits.get(0).snippet().contains("<mark>服务")
                                                || hits.get(0).title().contains("服务"))));
        c.add(
                new Case(
                        "三公经费",
                        contains("三公", "因公出国", "公务用车", "公务接待"),
                        hits ->
                                assertTrue(
                                        reports(hits, 10)
                                                .containsAll(Set.of(inner0, inner1, liling)))));
        c.add(
                new Case(
                        "公务接待费",
                        contains("公务接待费"),
                        hits -> assertTrue(contains("公务接待").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "2040610",
                        code("2040610").or(contains("2040610")),
                        hits -> assertEquals("2040610", hits.get(0).code())));
        c.add(
                new Case(
                        "20406",
                        code("20406"),
                        hits ->
                                assertTrue(
                                        hits.stream()
                                                .limit(5)
                                                .allMatch(
                                                        h ->
                                                                h.code() != null
                                                                        && h.code()
                                                                                .startsWith(
                                                                                        "20406")))));
        c.add(
                new Case(
                        "社區矯正",
                        contains("社区矫正"),
                        hits -> assertTrue(contains("社区矫正").test(item(hits.get(0))))));
        c.add(new Case("量子纠缠卫星", i -> false, hits -> assertTrue(hits.isEmpty())));
        c.add(
                new Case(
                        "社区矫正 AND (经费*)",
                        contains("社区矫正"),
                        hits -> assertTrue(contains("社区矫正").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "\"公务接待费\" OR title:*",
                        contains("公务接待费"),
                        hits -> assertFalse(hits.isEmpty())));
        c.add(
                new Case(
                        "普法宣传",
                        contains("普法", "法治宣传"),
                        hits ->
                                assertTrue(
                                        hits.stream()
                                                .limit(5)
                                                .anyMatch(
                                                        h ->
                                                                "2040605".equals(h.code())
                                                                        || h.title()
                                                                                .contains("普法")))));
        c.add(
                new Case(
                        "公共法律服务",
                        contains("公共法律服务"),
                        hits -> assertTrue(contains("公共法律服务").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "行政运行",
                        contains("行政运行"),
                        hits ->
                                assertTrue(
                                        hits.stream()
                                                .limit(5)
                                                .anyMatch(h -> "2040601".equals(h.code())))));
        c.add(
                new Case(
                        "政府采购",
                        contains("政府采购"),
                        hits -> assertTrue(contains("政府采购").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "机关运行经费",
                        contains("运行经费"),
                        hits -> assertTrue(contains("运行经费").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "国有资产",
                        contains("国有资产"),
                        hits -> assertTrue(contains("国有资产").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "人民调解",
                        contains("人民调解", "调解"),
                        hits -> assertTrue(contains("调解").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "普法专项经费",
                        contains("普法专项"),
                        hits -> assertTrue(contains("普法专项").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "养老保险",
                        contains("养老保险"),
                        hits ->
                                assertTrue(
                                        hits.stream()
                                                .limit(5)
                                                .anyMatch(h -> "2080505".equals(h.code())))));
        c.add(
                new Case(
                        "醴陵 社区矫正",
                        i -> i.disclosureId() == liling && contains("社区矫正").test(i),
                        hits ->
                                assertTrue(
                                        hits.stream()
                                                .limit(5)
                                                .allMatch(h -> h.disclosureId() == liling))));
        c.add(
                new Case(
                        "公务用车",
                        contains("公务用车", "公车"),
                        hits -> assertTrue(contains("公务用车").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "戒毒",
                        contains("戒毒"),
                        hits -> assertTrue(contains("戒毒").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "法律援助",
                        contains("法律援助"),
                        hits -> assertTrue(contains("法律援助").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "乌兰察布",
                        contains("乌兰察布"),
                        hits -> assertEquals(inner1, hits.get(0).disclosureId())));
        c.add(
                new Case(
                        "２０４０６１０",
                        code("2040610").or(contains("2040610")),
                        hits -> assertEquals("2040610", hits.get(0).code())));
        c.add(
                new Case(
                        "一般公共服务支出",
                        contains("一般公共服务"),
                        hits -> assertTrue(contains("一般公共服务").test(item(hits.get(0))))));
        c.add(
                new Case(
                        "年度主要工作完成情况",
                        contains("年度主要工作完成情况", "主要工作完成情况"),
                        hits -> assertTrue(hits.get(0).type().equals("SECTION"))));
        return c;
    }

    /** Indexes the corpus, runs every case, prints metrics and latencies, asserts expectations. */
    void run(Path dir) throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (DisclosureDocument d : corpus) {
                index.writer().upsert(d);
            }
            index.writer().commit(1);
            System.out.printf(
                    Locale.ROOT,
                    "relevance corpus: %d reports, %d Lucene documents%n",
                    corpus.size(),
                    index.documentCount());
            double precisionSum = 0;
            int precisionN = 0;
            double recallSum = 0;
            int recallN = 0;
            List<String> failures = new ArrayList<>();
            // Warm-up: JIT, smartcn's dictionaries, the facet reader state.
            for (int round = 0; round < 30; round++) {
                for (Case c : cases()) {
                    index.search(SearchQuery.of(c.query()).withPage(1, 10));
                }
            }
            for (Case c : cases()) {
                SearchQuery q = SearchQuery.of(c.query()).withPage(1, 10);
                long[] nanos = new long[7];
                SearchResult r = null;
                for (int i = 0; i < nanos.length; i++) {
                    long t0 = System.nanoTime();
                    r = index.search(q);
                    nanos[i] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                List<Hit> hits = r.hits();
                Set<String> relevantKeys =
                        items.values().stream()
                                .filter(c.relevant())
                                .map(Item::key)
                                .collect(Collectors.toSet());
                Set<String> top5 = new LinkedHashSet<>();
                int rel5 = 0;
                for (Hit h : hits.subList(0, Math.min(5, hits.size()))) {
                    Item it = item(h);
                    if (it != null && c.relevant().test(it)) {
                        rel5++;
                    }
                    top5.add(h.title());
                }
                Set<String> found10 =
                        hits.stream()
                                .limit(10)
                                .map(h -> h.disclosureId() + "|" + h.type() + "|" + h.title())
                                .filter(relevantKeys::contains)
                                .collect(Collectors.toSet());
                String p5 = "-";
                String r10 = "-";
                if (!hits.isEmpty()) {
                    double p = (double) rel5 / Math.min(5, hits.size());
                    precisionSum += p;
                    precisionN++;
                    p5 = String.format(Locale.ROOT, "%.2f", p);
                }
                if (!relevantKeys.isEmpty()) {
                    double rc = (double) found10.size() / Math.min(10, relevantKeys.size());
                    recallSum += rc;
                    recallN++;
                    r10 = String.format(Locale.ROOT, "%.2f", rc);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-22s total=%-4d relaxed=%-5s P@5=%-4s R@10=%-4s median=%.2fms max=%.2fms top=%s%n",
                        c.query(),
                        r.total(),
                        r.relaxed(),
                        p5,
                        r10,
                        nanos[nanos.length / 2] / 1e6,
                        nanos[nanos.length - 1] / 1e6,
                        top5);
                if (SHOWN.contains(c.query())) {
                    for (int i = 0; i < hits.size(); i++) {
                        Hit h = hits.get(i);
                        System.out.printf(
                                Locale.ROOT,
                                "    %2d. [%s #%d] %s %s | %s%n",
                                i + 1,
                                h.type(),
                                h.disclosureId(),
                                h.title(),
                                h.code() == null ? "" : h.code(),
                                h.snippet().length() > 120
                                        ? h.snippet().substring(0, 120) + "…"
                                        : h.snippet());
                    }
                }
                try {
                    c.expect().accept(hits);
                } catch (AssertionError | RuntimeException e) {
                    failures.add(c.query() + ": " + e.getMessage());
                }
            }
            double precision = precisionSum / precisionN;
            double recall = recallSum / recallN;
            System.out.printf(
                    Locale.ROOT,
                    "queries=%d precision@5=%.3f recall@10=%.3f%n",
                    cases().size(),
                    precision,
                    recall);
            assertTrue(cases().size() >= 25);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertTrue(precision >= 0.8, "precision@5 " + precision);
            assertTrue(recall >= 0.6, "recall@10 " + recall);
        }
    }
}

package gongkai.search;

import static gongkai.search.TestDocuments.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureDocument;
import gongkai.search.query.FacetCount;
import gongkai.search.query.Hit;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir Path dir;

    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir);
        for (DisclosureDocument d : TestDocuments.corpus()) {
            index.writer().upsert(d);
        }
        index.writer().commit(3);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResult search(String text) throws IOException {
        return index.search(SearchQuery.of(text));
    }

    @Test
    void upsertingTheSameDisclosureTwiceKeepsTheDocumentCount() throws IOException {
        int before = index.documentCount();
        index.writer().upsert(TestDocuments.corpus().get(1));
        index.writer().upsert(TestDocuments.corpus().get(1));
        index.writer().commit(4);
        assertEquals(before, index.documentCount());
    }

    @Test
    void deleteRemovesEveryDocumentOfTheDisclosure() throws IOException {
        index.writer().delete(2);
        index.writer().commit(4);
        assertTrue(search("社区矫正").hits().stream().noneMatch(h -> h.disclosureId() == 2));
        int expected = 0;
        for (DisclosureDocument d :
                List.of(TestDocuments.corpus().get(0), TestDocuments.corpus().get(2))) {
            expected +=
                    d.sections().size()
                            + d.tables().stream().mapToInt(t -> t.rows().size()).sum()
                            + d.projects().size();
        }
        assertEquals(expected, index.documentCount());
    }

    @Test
    void writesAreInvisibleUntilCommitAndDroppedOnClose() throws IOException {
        index.writer().delete(1);
        assertTrue(search("法治乌兰牧骑").hits().stream().anyMatch(h -> h.disclosureId() == 1));
        int count = index.documentCount();
        index.close();
        index = SearchIndex.open(dir);
        assertEquals(count, index.documentCount());
        assertEquals(3, index.committedPosition());
    }

    @Test
    void committedPositionSurvivesCloseAndReopen() throws IOException {
        index.writer().commit(42);
        index.close();
        index = SearchIndex.open(dir);
        assertEquals(42, index.committedPosition());
    }

    @Test
    void keptResultsGiveTheSamePagesAndNeverOutliveACommit(@TempDir Path other) throws IOException {
        try (SearchIndex keeping = SearchIndex.open(other, 100)) {
            for (DisclosureDocument d : TestDocuments.corpus()) {
                keeping.writer().upsert(d);
            }
            keeping.writer().commit(3);
            for (int page = 1; page <= 3; page++) {
                SearchQuery q =
                        new SearchQuery(
                                "社区矫正",
                                null,
                                null,
                                null,
                                null,
                                null,
                                SearchQuery.Sort.RELEVANCE,
                                page,
                                4);
                SearchResult computed = index.search(q);
                assertEquals(computed, keeping.search(q), "page " + page);
                assertEquals(computed, keeping.search(q), "page " + page + " again, from memory");
            }
            keeping.writer().delete(2);
            keeping.writer().commit(4);
            assertTrue(
                    keeping.search(SearchQuery.of("社区矫正")).hits().stream()
                            .noneMatch(h -> h.disclosureId() == 2),
                    "a commit makes what was kept unreachable");
        }
    }

    @Test
    void newIndexStartsAtPositionZero(@TempDir Path other) throws IOException {
        try (SearchIndex fresh = SearchIndex.open(other)) {
            assertEquals(0, fresh.committedPosition());
            assertEquals(0, fresh.documentCount());
            assertEquals(0, fresh.search(SearchQuery.of("社区矫正")).total());
        }
    }

    @Test
    void phraseIsFoundInBothReportsAndHighlighted() throws IOException {
        SearchResult r = search("法治乌兰牧骑");
        Set<Long> reports = r.hits().stream().map(Hit::disclosureId).collect(Collectors.toSet());
        assertTrue(reports.containsAll(Set.of(1L, 2L)), reports.toString());
        assertTrue(
                r.hits().get(0).snippet().contains("<mark>法治乌兰牧骑</mark>"),
                r.hits().get(0).snippet());
    }

    @Test
    void traditionalAndFullWidthQueriesFindSimplifiedText() throws IOException {
        assertTrue(search("社區矯正").hits().stream().anyMatch(h -> "2040610".equals(h.code())));
        assertTrue(search("２０４０６１０").hits().stream().anyMatch(h -> "2040610".equals(h.code())));
    }

    @Test
    void codeAndPrefixQueriesFindLineItems() throws IOException {
        SearchResult exact = search("2040610");
        assertEquals("2040610", exact.hits().get(0).code());
        assertEquals(
                Set.of("2040610"),
                exact.hits().stream()
                        .filter(h -> h.code() != null)
                        .map(Hit::code)
                        .collect(Collectors.toSet()));
        Set<String> prefix =
                search("20406").hits().stream()
                        .map(Hit::code)
                        .filter(c -> c != null)
                        .collect(Collectors.toSet());
        assertTrue(
                prefix.containsAll(Set.of("2040610", "2040605", "2040607", "20406")),
                prefix.toString());
        Set<String> cls =
                search("204").hits().stream()
                        .map(Hit::code)
                        .filter(c -> c != null)
                        .collect(Collectors.toSet());
        assertTrue(cls.contains("204") && cls.contains("2040610"), cls.toString());
    }

    @Test
    void bigramsFindWordsInsideLongerWords() throws IOException {
        assertTrue(
                search("服务").hits().stream()
                        .anyMatch(h -> h.snippet().contains("<mark>服务</mark>费")));
        assertTrue(search("乌兰").total() >= 2);
    }

    @Test
    void synonymsExpandThreePublicExpenses() throws IOException {
        SearchResult r = search("三公经费");
        assertTrue(
                r.hits().stream().anyMatch(h -> h.disclosureId() == 3 && h.title().contains("三公")),
                r.toString());
    }

    @Test
    void exactPhraseAndLineItemsRankAboveScatteredWords() throws IOException {
        List<Hit> hits = search("社区矫正经费").hits();
        int scattered = indexOf(hits, h -> h.title().equals("机构设置"));
        int lineItem = indexOf(hits, h -> "2040610".equals(h.code()));
        int project = indexOf(hits, h -> h.type().equals("PROJECT") && h.title().equals("社区矫正经费"));
        assertTrue(lineItem >= 0 && project >= 0, hits.toString());
        assertTrue(scattered < 0 || (lineItem < scattered && project < scattered), hits.toString());
    }

    @Test
    void relaxedQueryIsTriedWhenStrictFindsNothing() throws IOException {
        SearchResult r = search("社区矫正 火星基地");
        assertTrue(r.relaxed());
        assertTrue(r.total() > 0);
        assertFalse(search("社区矫正").relaxed());
    }

    @Test
    void luceneSyntaxIsLiteralText() throws IOException {
        for (String q :
                List.of(
                        "社区矫正 AND (经费*)",
                        "\"法治乌兰牧骑\"~2",
                        "code:2040610",
                        "\\*?",
                        "((((",
                        "NOT OR AND")) {
            SearchResult r = search(q);
            assertNotNull(r, q);
        }
        assertTrue(search("code:2040610").total() > 0);
        assertTrue(search("\"法治乌兰牧骑\"").total() > 0);
        assertEquals(0, search("*?~\\").total());
    }

    @Test
    void badInputIsRejectedWithChineseMessages() {
        IllegalArgumentException empty =
                assertThrows(IllegalArgumentException.class, () -> search("   "));
        assertTrue(empty.getMessage().contains("请输入"));
        assertThrows(
                IllegalArgumentException.class,
                () -> index.search(SearchQuery.of("社区").withPage(0, 10)));
        assertThrows(
                IllegalArgumentException.class,
                () -> index.search(SearchQuery.of("社区").withPage(1, 500)));
        IllegalArgumentException deep =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> index.search(SearchQuery.of("社区").withPage(101, 10)));
        assertTrue(deep.getMessage().contains("1000"));
    }

    @Test
    void veryLongQueryIsTruncatedNotRejected() throws IOException {
        String longText = "社区矫正".repeat(1250);
        SearchResult r = search(longText);
        assertNotNull(r);
        String mixed = "法治乌兰牧骑 " + "经费 支出 ".repeat(1000);
        assertTrue(search(mixed).total() > 0);
    }

    @Test
    void manySynonymHeavyWordsStayWithinClauseLimits() throws IOException {
        String q = "三公经费 公车 出国费 运行经费 接待经费 普法 法援 戒毒 调解 采购 三公 公务车 招待费 ".repeat(10);
        assertNotNull(search(q));
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            distinct.append("社区矫正").append(i).append(' ');
        }
        assertNotNull(search(distinct.toString()));
    }

    @Test
    void pageOutOfRangeIsEmpty() throws IOException {
        SearchResult r = index.search(SearchQuery.of("社区矫正").withPage(50, 20));
        assertTrue(r.hits().isEmpty());
        assertTrue(r.total() > 0);
    }

    @Test
    void unknownFilterValuesGiveEmptyResults() throws IOException {
        SearchQuery q = SearchQuery.of("社区矫正");
        assertEquals(0, index.search(q.withFilters(1999, null, null, null, null)).total());
        assertEquals(0, index.search(q.withFilters(null, "999999", null, null, null)).total());
        assertEquals(0, index.search(q.withFilters(null, null, "不存在的单位", null, null)).total());
        assertEquals(0, index.search(q.withFilters(null, null, null, "NOPE", null)).total());
        assertEquals(0, index.search(q.withFilters(null, null, null, null, "999")).total());
    }

    @Test
    void filtersNarrowByRegionOfAnyLevelTypeUnitAndClass() throws IOException {
        SearchQuery q = SearchQuery.of("社区矫正");
        for (String region : List.of("430000", "430200", "430281")) {
            SearchResult r = index.search(q.withFilters(null, region, null, null, null));
            assertTrue(
                    r.total() > 0 && r.hits().stream().allMatch(h -> h.disclosureId() == 3),
                    region);
        }
        SearchResult items = index.search(q.withFilters(2023, "150000", null, "line_item", "204"));
        assertTrue(
                items.total() > 0
                        && items.hits().stream()
                                .allMatch(
                                        h ->
                                                h.type().equals("LINE_ITEM")
                                                        && h.disclosureId() == 2));
        SearchResult unit = index.search(q.withFilters(null, null, "13", null, null));
        assertTrue(unit.total() > 0 && unit.hits().stream().allMatch(h -> h.disclosureId() == 3));
    }

    @Test
    void aTableRowIsFoundByItsTableNumberButNotByItsTableTitle() throws IOException {
        // Every row of 公开06 once matched 基本支出 through the title 一般公共预算财政拨款基本支出决算明细表.
        assertTrue(search("支出决算表").hits().stream().noneMatch(h -> h.type().equals("LINE_ITEM")));
        SearchResult byNumber = search("公开03 社区矫正");
        assertTrue(
                byNumber.hits().stream()
                        .anyMatch(h -> h.type().equals("LINE_ITEM") && "2040610".equals(h.code())));
    }

    @Test
    void facetsCountAllMatches() throws IOException {
        SearchResult r = search("社区矫正");
        long typeSum = r.facets().get("type").stream().mapToLong(FacetCount::count).sum();
        assertEquals(r.total(), typeSum);
        assertEquals(r.total(), r.facets().get("year").get(0).count());
        assertTrue(
                r.facets().get("province").stream()
                        .anyMatch(f -> f.value().equals("430000") && f.label().equals("湖南省")));
        assertTrue(
                r.facets().get("city").stream()
                        .anyMatch(f -> f.value().equals("430200") && f.label().equals("株洲市")));
        assertTrue(
                r.facets().get("class").stream()
                        .anyMatch(f -> f.value().equals("204") && f.label().equals("公共安全支出")));
        assertTrue(
                r.facets().get("unit").stream()
                        .anyMatch(f -> f.value().equals("13") && f.label().equals("醴陵市司法局")));
    }

    @Test
    void aFilteredDimensionStillOffersItsOtherValues() throws IOException {
        SearchResult r =
                index.search(
                        SearchQuery.of("社区矫正")
                                .withFilters(null, "430000", null, "LINE_ITEM", null));
        assertTrue(
                r.hits().stream()
                        .allMatch(h -> h.disclosureId() == 3 && h.type().equals("LINE_ITEM")));
        Set<String> provinces =
                r.facets().get("province").stream()
                        .map(FacetCount::value)
                        .collect(Collectors.toSet());
        assertEquals(Set.of("150000", "430000"), provinces);
        Set<String> types =
                r.facets().get("type").stream().map(FacetCount::value).collect(Collectors.toSet());
        assertTrue(types.contains("SECTION") && types.contains("LINE_ITEM"), types.toString());
        // Unfiltered dimensions count within the filtered results.
        assertEquals(
                Set.of("13"),
                r.facets().get("unit").stream().map(FacetCount::value).collect(Collectors.toSet()));
    }

    @Test
    void sortByAmountPutsLargestFirstAndSectionsLast() throws IOException {
        SearchResult r =
                index.search(
                        SearchQuery.of("司法").withSort(SearchQuery.Sort.AMOUNT).withPage(1, 50));
        List<Hit> withAmount = r.hits().stream().filter(h -> h.amount() != null).toList();
        for (int i = 1; i < withAmount.size(); i++) {
            assertTrue(withAmount.get(i - 1).amount().compareTo(withAmount.get(i).amount()) >= 0);
        }
        int firstWithout = indexOf(r.hits(), h -> h.amount() == null);
        assertTrue(
                firstWithout < 0
                        || r.hits().subList(firstWithout, r.hits().size()).stream()
                                .allMatch(h -> h.amount() == null));
    }

    @Test
    void sortByYearPutsNewestFirst(@TempDir Path other) throws IOException {
        try (SearchIndex idx = SearchIndex.open(other)) {
            for (int year = 2019; year <= 2023; year++) {
                idx.writer()
                        .upsert(
                                TestDocuments.document(
                                        year,
                                        1,
                                        "醴陵市司法局",
                                        TestDocuments.LILING,
                                        year,
                                        List.of(section("说明", year + "年社区矫正经费")),
                                        List.of(),
                                        List.of()));
            }
            idx.writer().commit(1);
            List<Integer> years =
                    idx
                            .search(SearchQuery.of("社区矫正").withSort(SearchQuery.Sort.YEAR))
                            .hits()
                            .stream()
                            .map(Hit::year)
                            .toList();
            assertEquals(List.of(2023, 2022, 2021, 2020, 2019), years);
            SearchResult page2 =
                    idx.search(
                            SearchQuery.of("社区矫正").withSort(SearchQuery.Sort.YEAR).withPage(2, 2));
            assertEquals(List.of(2021, 2020), page2.hits().stream().map(Hit::year).toList());
            assertEquals(5, page2.total());
        }
    }

    @Test
    void searchesKeepWorkingWhileTheIndexIsWritten() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean done =
                new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> readers = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread th =
                    new Thread(
                            () -> {
                                try {
                                    while (!done.get()) {
                                        SearchResult r = search("社区矫正");
                                        if (r.total() == 0) {
                                            throw new AssertionError(
                                                    "a committed state without 社区矫正");
                                        }
                                    }
                                } catch (Throwable e) {
                                    failure.compareAndSet(null, e);
                                }
                            });
            th.start();
            readers.add(th);
        }
        for (int i = 0; i < 30; i++) {
            for (DisclosureDocument d : TestDocuments.corpus()) {
                index.writer().upsert(d);
            }
            index.writer().commit(10 + i);
        }
        done.set(true);
        for (Thread th : readers) {
            th.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(39, index.committedPosition());
    }

    @Test
    void oneReportDoesNotFloodTheFirstPage(@TempDir Path other) throws IOException {
        List<gongkai.disclosure.DisclosureDocument.SectionView> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(section("第" + i + "节", "社区矫正工作第" + i + "段，社区矫正社区矫正。"));
        }
        try (SearchIndex idx = SearchIndex.open(other)) {
            idx.writer()
                    .upsert(
                            TestDocuments.document(
                                    7,
                                    70,
                                    "大单位",
                                    TestDocuments.LILING,
                                    2023,
                                    many,
                                    List.of(),
                                    List.of()));
            idx.writer()
                    .upsert(
                            TestDocuments.document(
                                    8,
                                    80,
                                    "小单位",
                                    TestDocuments.LILING,
                                    2022,
                                    List.of(section("说明", "社区矫正。")),
                                    List.of(),
                                    List.of()));
            idx.writer().commit(1);
            SearchResult r = idx.search(SearchQuery.of("社区矫正").withPage(1, 4));
            assertEquals(13, r.total());
            assertEquals(3, r.hits().stream().filter(h -> h.disclosureId() == 7).count());
            assertTrue(r.hits().stream().anyMatch(h -> h.disclosureId() == 8));
        }
    }

    @Test
    void longSectionsAreHighlightedPastTenThousandCharacters(@TempDir Path other)
            throws IOException {
        String body = "这是一段很长的文字，没有要找的词。".repeat(1200) + "末尾提到法治乌兰牧骑活动。";
        assertTrue(body.length() > 20_000);
        try (SearchIndex idx = SearchIndex.open(other)) {
            idx.writer()
                    .upsert(
                            TestDocuments.document(
                                    9,
                                    90,
                                    "单位",
                                    TestDocuments.LILING,
                                    2023,
                                    List.of(section("长段落", body)),
                                    List.of(),
                                    List.of()));
            idx.writer().commit(1);
            Hit hit = idx.search(SearchQuery.of("法治乌兰牧骑")).hits().get(0);
            assertTrue(hit.snippet().contains("<mark>法治乌兰牧骑</mark>"), hit.snippet());
        }
    }

    @Test
    void snippetsEscapeHtml(@TempDir Path other) throws IOException {
        try (SearchIndex idx = SearchIndex.open(other)) {
            idx.writer()
                    .upsert(
                            TestDocuments.document(
                                    10,
                                    100,
                                    "单位",
                                    TestDocuments.LILING,
                                    2023,
                                    List.of(section("脚本", "<script>alert('x')</script> 社区矫正 & 帮教")),
                                    List.of(),
                                    List.of()));
            idx.writer().commit(1);
            String s = idx.search(SearchQuery.of("社区矫正")).hits().get(0).snippet();
            assertFalse(s.contains("<script>"), s);
            assertTrue(
                    s.contains("&lt;script&gt;")
                            && s.contains("&amp;")
                            && s.contains("<mark>社区矫正</mark>"),
                    s);
        }
    }

    private static int indexOf(List<Hit> hits, java.util.function.Predicate<Hit> p) {
        for (int i = 0; i < hits.size(); i++) {
            if (p.test(hits.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void columnLabelsDoNotMakeEveryRowAHitButRowsStillShowTheirAmounts() throws IOException {
        // Every row of 公开03 has a 本年支出合计 column; only the 普法宣传 rows are about 普法宣传.
        SearchResult byLabel =
                index.search(
                        SearchQuery.of("本年支出合计").withFilters(null, null, null, "LINE_ITEM", null));
        assertEquals(0, byLabel.total(), byLabel.hits().toString());

        SearchResult rows =
                index.search(
                        SearchQuery.of("普法宣传").withFilters(null, null, null, "LINE_ITEM", null));
        assertEquals(2, rows.total());
        for (Hit h : rows.hits()) {
            assertTrue(h.snippet().contains("<mark>普法宣传</mark>"), h.snippet());
            assertTrue(h.snippet().contains("本年支出合计 450,000.00元"), h.snippet());
        }
    }

    @Test
    void genericWordsMustBeInASectionsTextWhileRowsAndProjectsAreMoneyByWhatTheyAre()
            throws IOException {
        List<Hit> hits = index.search(SearchQuery.of("社区矫正经费").withPage(1, 50)).hits();
        // 醴陵's 部门职责 names 社区矫正 but no 经费; the 2040610 rows and the project are the money itself.
        assertTrue(hits.stream().noneMatch(h -> h.title().equals("部门职责")), hits.toString());
        assertEquals(
                Set.of(2L, 3L),
                hits.stream()
                        .filter(h -> "2040610".equals(h.code()))
                        .map(Hit::disclosureId)
                        .collect(Collectors.toSet()),
                hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("PROJECT")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.title().equals("预算绩效情况说明")), hits.toString());
    }

    @Test
    void searchesTakingTurnsAllFinishWithTheSameAnswers(@TempDir Path other) throws Exception {
        List<String> texts = List.of("社区矫正", "法治乌兰牧骑", "三公经费", "2040610", "普法 宣传", "公务接待费", "火星基地");
        try (SearchIndex oneAtATime = SearchIndex.open(other, 0, 1)) {
            for (DisclosureDocument d : TestDocuments.corpus()) {
                oneAtATime.writer().upsert(d);
            }
            oneAtATime.writer().commit(3);
            List<SearchResult> alone = new java.util.ArrayList<>();
            for (String t : texts) {
                alone.add(oneAtATime.search(SearchQuery.of(t)));
            }
            java.util.concurrent.ExecutorService pool =
                    java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<List<SearchResult>>> clients =
                        new java.util.ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    clients.add(
                            pool.submit(
                                    () -> {
                                        List<SearchResult> seen = new java.util.ArrayList<>();
                                        for (int round = 0; round < 10; round++) {
                                            for (String t : texts) {
                                                seen.add(oneAtATime.search(SearchQuery.of(t)));
                                            }
                                        }
                                        return seen;
                                    }));
                }
                for (java.util.concurrent.Future<List<SearchResult>> client : clients) {
                    List<SearchResult> seen = client.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    for (int i = 0; i < seen.size(); i++) {
                        assertEquals(alone.get(i % texts.size()), seen.get(i));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void pagesStayConsistentWhereADeeperPageNeedsTheFullRankingWindow(@TempDir Path other)
            throws IOException {
        // 10 reports of 30 passages that all outrank the 30 reports of 5 passages: the best 200
        // hits
        // are all from the 10, and settle only their first round (30 hits); the full window puts
        // the
        // other reports' best next, so deeper pages must come from it
        // (ResultFinder.rankByRelevance).
        try (SearchIndex idx = SearchIndex.open(other, 0, 0);
                SearchIndex keeping = SearchIndex.open(other.resolve("kept"), 50, 0)) {
            for (int d = 1; d <= 40; d++) {
                boolean big = d <= 10;
                List<gongkai.disclosure.DisclosureDocument.SectionView> passages =
                        new java.util.ArrayList<>();
                for (int i = 0; i < (big ? 30 : 5); i++) {
                    passages.add(
                            section(
                                    "第" + i + "节",
                                    big
                                            ? "社区矫正".repeat(4) + "第" + i + "段。"
                                            : "社区矫正工作第" + i + "段，按照规定统筹安排各项工作任务。"));
                }
                DisclosureDocument doc =
                        TestDocuments.document(
                                d,
                                100 + d,
                                "单位" + d,
                                TestDocuments.LILING,
                                2023,
                                passages,
                                List.of(),
                                List.of());
                idx.writer().upsert(doc);
                keeping.writer().upsert(doc);
            }
            idx.writer().commit(1);
            keeping.writer().commit(1);
            for (SearchIndex index : List.of(idx, keeping)) {
                List<Hit> bySmallPages = new java.util.ArrayList<>();
                List<Hit> byLargePages = new java.util.ArrayList<>();
                for (int page = 1; page <= 23; page++) {
                    bySmallPages.addAll(
                            index.search(SearchQuery.of("社区矫正").withPage(page, 20)).hits());
                }
                for (int page = 1; page <= 9; page++) {
                    byLargePages.addAll(
                            index.search(SearchQuery.of("社区矫正").withPage(page, 50)).hits());
                }
                // The first page already shows the small reports' best after the big ones' first
                // round.
                assertTrue(
                        bySmallPages.subList(0, 40).stream().anyMatch(h -> h.disclosureId() > 10),
                        bySmallPages.toString());
                assertEquals(450, bySmallPages.size());
                assertEquals(byLargePages, bySmallPages);
                assertEquals(
                        450,
                        bySmallPages.stream()
                                .map(h -> h.disclosureId() + h.title())
                                .distinct()
                                .count());
            }
        }
    }
}

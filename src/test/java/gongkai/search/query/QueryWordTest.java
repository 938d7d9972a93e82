package gongkai.search.query;

import static gongkai.search.TestDocuments.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.search.TestDocuments;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.KnownTerms;
import gongkai.search.analysis.SearchFields;
import gongkai.search.index.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * How one typed word matches passages ({@link QueryWord}, through {@link QueryBuilder}), on a small
 * index of hand-written passages mapped as the portal maps them. The relevance suites see these
 * alternatives only through precision figures, which stay the same when one of them is lost; here
 * each alternative is the only way some passage can match, or the reason one passage outranks
 * another.
 */
class QueryWordTest {

    private final QueryBuilder builder =
            new QueryBuilder(
                    ChineseAnalyzers.smart(), ChineseAnalyzers.bigram(), KnownTerms.standard());

    @Test
    void aSynonymFindsPassagesThatNameOnlyTheAlternativeInTitleOrBody() throws IOException {
        List<String> found =
                titles(
                        builder.plan("三公经费").strict(),
                        section("因公出国（境）费", "无"),
                        section("年度工作", "公务接待费支出 0.00万元"),
                        section("其他工作", "开展法律援助"));
        assertEquals(List.of("因公出国（境）费", "年度工作"), sorted(found));
    }

    /**
     * 三公 explanations write "因公出国（境）费支出…": the bracketed 境 leaves 费 to be read with the following
     * 支, so the alternative must not depend on a lone 费.
     */
    @Test
    void threePublicFindsTheAbroadExpenseWrittenAsTheUsualSentence() throws IOException {
        List<String> found =
                titles(
                        builder.plan("三公经费").strict(),
                        section("三公说明", "因公出国（境）费支出0.50万元，比上年减少0.20万元。"),
                        section("其他工作", "开展法律援助"));
        assertEquals(List.of("三公说明"), found);
    }

    @Test
    void inNarrativeTextTheGenericEndingIsRequiredWhileARowIsMoneyByWhatItIs() throws IOException {
        List<String> found =
                search(
                        builder.plan("社区矫正经费").strict(),
                        List.of(section("工作情况", "完成社区矫正经费保障"), section("工作情况二", "社区矫正工作")),
                        List.of(
                                TestDocuments.expenditure(
                                        TestDocuments.functional("2040610", "社区矫正", "10"))));
        assertEquals(List.of("工作情况", "社区矫正（公开03 支出决算表）"), sorted(found));
    }

    @Test
    void relaxedSearchDropsTheGenericWordsThatStrictSearchRequires() throws IOException {
        QueryBuilder.Plan plan = builder.plan("社区矫正经费");
        assertNotNull(plan.relaxed(), "a word with a generic ending can be relaxed");
        SectionView apart = section("工作情况", "社区安置和矫正工作");
        assertEquals(List.of(), titles(plan.strict(), apart));
        assertEquals(List.of("工作情况"), titles(plan.relaxed(), apart));
    }

    @Test
    void theWordsCoreAsOnePhraseRanksBeforeItsWordsApart() throws IOException {
        // Relaxed, both passages match (社区 and 矫正 anywhere); the one naming 社区矫正 comes first
        // although it is the longer passage.
        List<String> found =
                titles(
                        builder.plan("社区矫正经费").relaxed(),
                        section("分开", "社区安置和矫正"),
                        section("连写", "做好社区矫正，加强对象管理和安置帮教工作，落实各项制度"));
        assertEquals(List.of("连写", "分开"), found);
    }

    @Test
    void aKnownTermAsOnePhraseRanksBeforeItsWordsApart() throws IOException {
        List<String> found =
                titles(
                        builder.plan("基本支出").strict(),
                        section("分开", "基本情况和支出"),
                        section("连写", "本年度基本支出主要用于人员经费和公用经费，保障机构正常运转"));
        assertEquals(List.of("连写", "分开"), found);
    }

    @Test
    void oneWordWithoutGenericWordsHasNothingToRelax() {
        assertNull(builder.plan("社区矫正").relaxed());
        assertNotNull(builder.plan("社区矫正 普法").relaxed());
    }

    @Test
    void aFiveDigitCodeFindsEveryItemUnderItAndTheExactCodeFirst() throws IOException {
        TableView t =
                TestDocuments.expenditure(
                        TestDocuments.functional("2040610", "社区矫正", "10"),
                        TestDocuments.functional("2040601", "行政运行", "20"),
                        TestDocuments.functional("2040701", "其他", "30"),
                        TestDocuments.functional("20406", "司法", "60"));
        List<String> found = rowNames(builder.plan("20406").strict(), t);
        assertEquals("司法", found.get(0), found.toString());
        assertEquals(List.of("社区矫正", "行政运行"), sorted(found.subList(1, found.size())));
    }

    @Test
    void theHighlightMarksTheWholeWordItsSynonymsAndItsCoreWordsAlone() throws IOException {
        // 三公 is two single-character words to smartcn: only the whole word marks it.
        assertEquals(List.of("整词"), titles(builder.plan("三公").highlight(), section("整词", "压减三公")));
        assertEquals(
                List.of("同义"), titles(builder.plan("三公经费").highlight(), section("同义", "公务接待费支出")));
        assertEquals(
                List.of("两字词"), titles(builder.plan("法律援助中心").highlight(), section("两字词", "提供援助")));
    }

    @Test
    void theHighlightMarksFullCodesUnderATypedPrefix() throws IOException {
        assertEquals(
                List.of("代码"),
                titles(builder.plan("20406").highlight(), section("代码", "2040610 社区矫正")));
    }

    // --- a small index ---------------------------------------------------------------------------

    private static List<String> titles(Query q, SectionView... sections) throws IOException {
        return search(q, List.of(sections), List.of());
    }

    private static List<String> rowNames(Query q, TableView t) throws IOException {
        List<String> names = new ArrayList<>();
        for (String title : search(q, List.of(), List.of(t))) {
            names.add(title.substring(0, title.indexOf('（')));
        }
        return names;
    }

    /** The stored titles of the passages the query matches, best first. */
    private static List<String> search(Query q, List<SectionView> sections, List<TableView> tables)
            throws IOException {
        gongkai.disclosure.DisclosureDocument d =
                TestDocuments.document(
                        1, 1, "醴陵市某局", TestDocuments.LILING, 2023, sections, tables, List.of());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w =
                    new IndexWriter(dir, new IndexWriterConfig(ChineseAnalyzers.perField()))) {
                for (Document doc : new DocumentMapper(SearchFields.facetsConfig()).map(d)) {
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> out = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(q, 50).scoreDocs) {
                    out.add(searcher.storedFields().document(sd.doc).get(SearchFields.S_TITLE));
                }
                return out;
            }
        }
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}

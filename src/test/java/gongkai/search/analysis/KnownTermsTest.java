package gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.search.SearchIndex;
import gongkai.search.SeedTextCorpus;
import gongkai.search.TestDocuments;
import gongkai.search.query.QueryBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownTermsTest {

    private final KnownTerms known = KnownTerms.standard();

    @Test
    void aKnownTermIsOneIndexTermWhereverItsCharactersFollowEachOther() {
        List<String> terms =
                QueryBuilder.terms(
                        ChineseAnalyzers.knownTerms(),
                        SearchFields.BODY_TERMS,
                        "财政拨款基本支出和项目支出，其中公务用车运行维护费。基本，支出");
        assertTrue(terms.contains(known.termOf("基本支出")), terms.toString());
        assertTrue(terms.contains(known.termOf("项目支出")), terms.toString());
        // Overlapping terms are all there: the long economic line and the synonym key inside it.
        assertTrue(terms.contains(known.termOf("公务用车运行维护费")), terms.toString());
        assertTrue(terms.contains(known.termOf("公务用车")), terms.toString());
        // 基本，支出 is not 基本支出 (its bigram phrase does not match there either): counted once.
        assertEquals(
                1,
                terms.stream().filter(t -> t.equals(known.termOf("基本支出"))).count(),
                terms.toString());
    }

    @Test
    void wordsOutsideTheVocabularyHaveNoTerm() {
        assertNull(known.termOf("法治乌兰牧骑"));
        assertNull(known.termOf("普法")); // one bigram: already a plain term of the bigram field
        assertFalse(known.words().isEmpty());
    }

    @Test
    void aKnownTermFindsExactlyThePassagesOfItsBigramPhrase(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(SeedTextCorpus.seedDir() != null, "sample texts not found");
        try (SearchIndex index = SearchIndex.open(dir)) {
            long id = 0;
            for (var d : SeedTextCorpus.load()) {
                index.writer().upsert(d);
                id++;
            }
            index.writer().upsert(TestDocuments.corpus().get(0));
            index.writer().commit(id + 1);
            List<String> found = new ArrayList<>();
            index.withSearcher(
                    searcher -> {
                        for (String word : known.words()) {
                            String term = known.termOf(word);
                            for (String[] fields :
                                    new String[][] {
                                        {SearchFields.BODY_TERMS, SearchFields.BODY_BIGRAM},
                                        {SearchFields.TITLE_TERMS, SearchFields.TITLE_BIGRAM}
                                    }) {
                                Query phrase =
                                        QueryBuilder.phrase(
                                                ChineseAnalyzers.bigram(), fields[1], word);
                                int byTerm =
                                        searcher.count(new TermQuery(new Term(fields[0], term)));
                                assertEquals(
                                        searcher.count(phrase), byTerm, word + " in " + fields[0]);
                                if (byTerm > 0) {
                                    found.add(word);
                                }
                            }
                        }
                        return null;
                    });
            // The sample reports use a good part of the vocabulary, so the comparison above is not
            // empty.
            assertTrue(found.size() >= 50, found.toString());
        }
    }
}

package gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.search.query.QueryBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAnalysisTest {

    @Test
    void traditionalTableCoversSeveralHundredPairsIncludingTheDomainOnes() {
        assertTrue(TextNormalizer.table().size() >= 300, "pairs: " + TextNormalizer.table().size());
        assertEquals("社区矫正经费预决算", TextNormalizer.normalize("社區矯正經費預決算"));
        assertEquals("2040610", TextNormalizer.normalize("２０４０６１０"));
        TextNormalizer.table().forEach((t, s) -> assertTrue(t != s.charValue()));
    }

    @Test
    void smartcnSegmentsTraditionalTextLikeSimplified() {
        assertEquals(
                QueryBuilder.terms(ChineseAnalyzers.smart(), SearchFields.BODY_SMART, "社区矫正"),
                QueryBuilder.terms(ChineseAnalyzers.smart(), SearchFields.BODY_SMART, "社區矯正"));
    }

    @Test
    void bigramFieldContainsSubstringsThatSmartcnKeepsInsideWords() {
        List<String> bigrams =
                QueryBuilder.terms(ChineseAnalyzers.bigram(), SearchFields.BODY_BIGRAM, "运行维护服务费");
        assertTrue(bigrams.contains("服务"), bigrams.toString());
        List<String> words =
                QueryBuilder.terms(ChineseAnalyzers.smart(), SearchFields.BODY_SMART, "法治乌兰牧骑");
        assertEquals(List.of("法治", "乌兰牧骑"), words);
        assertTrue(
                QueryBuilder.terms(ChineseAnalyzers.bigram(), SearchFields.BODY_BIGRAM, "法治乌兰牧骑")
                        .contains("乌兰"));
    }

    @Test
    void codesStayWholeTokensAndPunctuationIsDropped() {
        assertEquals(
                List.of("2040610", "社区", "区矫", "矫正"),
                QueryBuilder.terms(
                        ChineseAnalyzers.bigram(), SearchFields.BODY_BIGRAM, "2040610　社区矫正（）*?"));
        assertTrue(
                QueryBuilder.terms(ChineseAnalyzers.smart(), SearchFields.BODY_SMART, "（）“”*?：")
                        .isEmpty());
    }

    @Test
    void synonymsAreLookedUpOnNormalisedWords() {
        assertTrue(Synonyms.of("三公经费").contains("公务接待费"));
        assertTrue(Synonyms.of("“三公”经费").contains("公务接待费"));
        assertTrue(Synonyms.of("三公經費").contains("因公出国（境）费"));
        assertTrue(Synonyms.of("社区矫正").isEmpty());
    }
}

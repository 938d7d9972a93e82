package gongkai.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The limits of a search request. The search tests try one value far past each limit; written after
 * mutation testing (issue 16), these pin the limits themselves and what validation fills in.
 */
class SearchQueryTest {

    private static SearchQuery query(String text, int page, int size) {
        return new SearchQuery(text, null, null, null, null, null, null, page, size);
    }

    @Test
    void theLargestPageSizeAndTheDeepestWindowAreStillAnswered() {
        assertEquals(SearchQuery.MAX_SIZE, query("社区", 1, 50).validated().size());
        assertEquals(50, query("社区", 50, 20).validated().page());
        assertEquals(1000, query("社区", 1000, 1).validated().page());
    }

    @Test
    void oneMoreThanTheLargestPageSizeOrWindowIsRefusedInChinese() {
        SearchRequestException size =
                assertThrows(SearchRequestException.class, () -> query("社区", 1, 51).validated());
        assertEquals("每页条数应在1到50之间。", size.getMessage());
        SearchRequestException window =
                assertThrows(SearchRequestException.class, () -> query("社区", 51, 20).validated());
        assertTrue(window.getMessage().startsWith("最多只能查看前1000条结果"), window.getMessage());
        assertThrows(SearchRequestException.class, () -> query("社区", 1001, 1).validated());
    }

    @Test
    void aNegativePageSizeOrAPageBeforeTheFirstIsRefused() {
        assertEquals(
                "每页条数应在1到50之间。",
                assertThrows(SearchRequestException.class, () -> query("社区", 1, -1).validated())
                        .getMessage());
        assertEquals(
                "页码应从1开始。",
                assertThrows(SearchRequestException.class, () -> query("社区", 0, 10).validated())
                        .getMessage());
    }

    @Test
    void sizeZeroMeansTheDefaultAndNoSortMeansRelevance() {
        SearchQuery q = query("社区", 1, 0).validated();
        assertEquals(SearchQuery.DEFAULT_SIZE, q.size());
        assertEquals(SearchQuery.Sort.RELEVANCE, q.sort());
        assertEquals(
                SearchQuery.Sort.YEAR,
                query("社区", 1, 0).withSort(SearchQuery.Sort.YEAR).validated().sort());
    }

    @Test
    void textIsTrimmedAndCutToOneHundredCharactersCountingCodePoints() {
        assertEquals("社区矫正", query("  社区矫正 \n", 1, 10).validated().text());
        String hundred = "矫".repeat(100);
        assertEquals(hundred, query(hundred, 1, 10).validated().text());
        assertEquals(hundred, query(hundred + "正", 1, 10).validated().text());
        // a character outside the BMP is one character, not two halves
        String wide = "𠀀".repeat(101);
        assertEquals("𠀀".repeat(100), query(wide, 1, 10).validated().text());
    }

    @Test
    void aMissingOrBlankTextIsRefusedWithAnExample() {
        for (String text : new String[] {null, "", " \t"}) {
            SearchRequestException e =
                    assertThrows(
                            SearchRequestException.class, () -> query(text, 1, 10).validated());
            assertTrue(e.getMessage().startsWith("请输入搜索词"), e.getMessage());
        }
    }

    @Test
    void blankFiltersAreDroppedAndTheOthersTrimmed() {
        SearchQuery q =
                SearchQuery.of("社区").withFilters(2023, " 430200 ", "", " ", " 204 ").validated();
        assertEquals("430200", q.region());
        assertNull(q.unit());
        assertNull(q.type());
        assertEquals("204", q.classCode());
        assertEquals(2023, q.year());
    }

    @Test
    void withPageAndWithFiltersKeepTheRestOfTheRequest() {
        SearchQuery q =
                SearchQuery.of("社区")
                        .withSort(SearchQuery.Sort.AMOUNT)
                        .withFilters(2022, "150000", "7", "LINE_ITEM", "204")
                        .withPage(3, 20);
        assertEquals(
                new SearchQuery(
                        "社区",
                        2022,
                        "150000",
                        "7",
                        "LINE_ITEM",
                        "204",
                        SearchQuery.Sort.AMOUNT,
                        3,
                        20),
                q);
    }
}

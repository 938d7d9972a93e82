package gongkai.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Which filters a request becomes and which facet dimensions each narrows. The search tests see the
 * filters only through result counts; written after mutation testing (issue 16), these state the
 * planned queries, so that a filter counted on the wrong dimension or a unit looked up in the wrong
 * field shows.
 */
class SearchPlannerTest {

    private static final SearchPlanner PLANNER = new SearchPlanner();

    private static SearchPlanner.SearchPlan plan(
            Integer year, String region, String unit, String type, String classCode) {
        return PLANNER.plan(
                SearchQuery.of("社区矫正").withFilters(year, region, unit, type, classCode));
    }

    @Test
    void eachFilterNarrowsItsOwnFacetDimensionsAndRegionBothProvinceAndCity() {
        List<SearchPlanner.Filter> filters = plan(2023, "430200", "7", "section", "204").filters();
        assertEquals(5, filters.size());
        assertEquals(IntPoint.newExactQuery(SearchFields.YEAR, 2023), filters.get(0).query());
        assertEquals(List.of(SearchFields.FACET_YEAR), filters.get(0).dims());
        assertEquals(term(SearchFields.REGION_CODE, "430200"), filters.get(1).query());
        assertEquals(
                List.of(SearchFields.FACET_PROVINCE, SearchFields.FACET_CITY),
                filters.get(1).dims());
        assertEquals(term(SearchFields.UNIT_ID, "7"), filters.get(2).query());
        assertEquals(List.of(SearchFields.FACET_UNIT), filters.get(2).dims());
        assertEquals(term(SearchFields.TYPE, "SECTION"), filters.get(3).query());
        assertEquals(List.of(SearchFields.FACET_TYPE), filters.get(3).dims());
        assertEquals(term(SearchFields.CLASS_CODE, "204"), filters.get(4).query());
        assertEquals(List.of(SearchFields.FACET_CLASS), filters.get(4).dims());
    }

    @Test
    void aUnitGivenByNameIsLookedUpByNameAndAnUnknownTypeMatchesNothing() {
        List<SearchPlanner.Filter> filters = plan(null, null, "醴陵市司法局", "unknown", null).filters();
        assertEquals(term(SearchFields.UNIT_NAME, "醴陵市司法局"), filters.get(0).query());
        assertInstanceOf(MatchNoDocsQuery.class, filters.get(1).query());
        assertEquals(List.of(SearchFields.FACET_TYPE), filters.get(1).dims());
    }

    @Test
    void withoutFiltersTheFullQueryIsTheTextAlone() {
        SearchPlanner.SearchPlan p = plan(null, null, null, null, null);
        assertEquals(List.of(), p.filters());
        BooleanQuery full = (BooleanQuery) p.strictQuery();
        assertEquals(1, full.clauses().size());
        assertEquals(new BooleanClause(p.text(false), Occur.MUST), full.clauses().get(0));
    }

    @Test
    void filtersNarrowWithoutScoringAndOneCanBeLeftOutToCountItsDimension() {
        SearchPlanner.SearchPlan p = plan(2023, null, null, null, "204");
        BooleanQuery full = (BooleanQuery) p.fullQuery(false);
        assertEquals(
                List.of(
                        new BooleanClause(p.text(false), Occur.MUST),
                        new BooleanClause(p.filters().get(0).query(), Occur.FILTER),
                        new BooleanClause(p.filters().get(1).query(), Occur.FILTER)),
                full.clauses());
        assertEquals(full, p.strictQuery());
        BooleanQuery withoutYear = (BooleanQuery) p.fullQueryWithout(false, p.filters().get(0));
        assertEquals(
                List.of(
                        new BooleanClause(p.text(false), Occur.MUST),
                        new BooleanClause(p.filters().get(1).query(), Occur.FILTER)),
                withoutYear.clauses());
    }

    @Test
    void strictAndRelaxedTextAreTheTwoFormsOfTheWords() {
        SearchPlanner.SearchPlan p = plan(null, null, null, null, null);
        QueryBuilder.Plan words = p.text();
        assertSame(words.strict(), p.text(false));
        assertSame(words.relaxed(), p.text(true));
        // 社区矫正 alone: one word without generic words has no relaxed form
        assertNull(p.text(true));
        SearchPlanner.SearchPlan two = PLANNER.plan(SearchQuery.of("社区矫正 经费"));
        assertSame(two.text().relaxed(), two.text(true));
        assertTrue(two.text(true) != null && two.text(true) != two.text(false));
        Query relaxedFull = two.fullQuery(true);
        assertEquals(
                new BooleanClause(two.text(true), Occur.MUST),
                ((BooleanQuery) relaxedFull).clauses().get(0));
    }

    @Test
    void punctuationAloneMatchesNothingWhateverTheFilters() {
        SearchPlanner.SearchPlan p =
                PLANNER.plan(SearchQuery.of("！？").withFilters(2023, null, null, null, null));
        assertTrue(p.matchesNothing());
        assertInstanceOf(MatchNoDocsQuery.class, p.strictQuery());
        assertEquals(Optional.empty(), DocType.parse("！？"));
    }

    @Test
    void aTypeIsParsedWhateverItsCaseAndSurroundingSpace() {
        assertEquals(Optional.of(DocType.LINE_ITEM), DocType.parse(" line_item "));
        assertEquals(Optional.of(DocType.PROJECT), DocType.parse("Project"));
        assertEquals(Optional.empty(), DocType.parse(null));
        assertEquals("表格科目", DocType.LINE_ITEM.label());
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}

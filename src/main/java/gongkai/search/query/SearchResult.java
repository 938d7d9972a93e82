package gongkai.search.query;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code total} is the exact number of matching documents (sections, line
 * items, projects); {@code facets} maps a dimension (year, province, city, unit, type, class) to
 * its values with counts over all matches (a dimension that is itself filtered is counted as if its
 * filter were off, so the other values stay selectable); {@code relaxed} says the strict query
 * found nothing and these are the results of the relaxed one.
 */
@Serdeable
public record SearchResult(
        long total,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        boolean relaxed) {

    public static SearchResult empty(SearchQuery q) {
        return new SearchResult(0, q.page(), q.size(), List.of(), Map.of(), false);
    }
}

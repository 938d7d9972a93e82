/**
 * Reading one open generation: {@code SearchPlanner} turns a {@code SearchQuery} into a Lucene
 * query (words through {@code QueryBuilder}/{@code QueryWord}, filters from the request); {@code
 * SearchEngine} runs it strict then relaxed, keeps results between pages ({@code KeptResults}),
 * ranks and counts ({@code ResultFinder}, {@code ReportGrouping}), reads facets ({@code
 * FacetReader}) and highlights snippets ({@code Snippets}) into a {@code SearchResult}.
 */
package gongkai.search.query;

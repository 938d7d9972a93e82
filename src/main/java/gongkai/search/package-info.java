/**
 * Full-text search over published disclosures (Lucene 9), by stage:
 *
 * <pre>
 *   analysis    the vocabulary both sides share: analysers, field names, known terms, synonyms
 *      ↑    ↑
 *   index   query        index: one directory's writes; query: one open generation's reads
 *      ↑    ↑
 *   gongkai.search       holds the active generation, applies the outbox, serves /search
 *      → deadletter      entries that keep failing, set aside
 * </pre>
 *
 * <ul>
 *   <li>{@link gongkai.search.analysis}: {@code ChineseAnalyzers}, {@code TextNormalizer}, {@code
 *       KnownTerms}, {@code Synonyms}, {@code SearchFields} (why each field has its type). A query
 *       finds only what the same analysis indexed, so both sides take it from here.
 *   <li>{@link gongkai.search.index}: {@code SearchIndexWriter} (one directory's upserts, deletes
 *       and commits with the outbox position); {@code DocumentMapper} turns a disclosure into one
 *       Lucene document per section, table row and project.
 *   <li>{@link gongkai.search.query}: {@code SearchEngine} (turns, kept results, strict then
 *       relaxed, one page of hits), {@code SearchPlanner} and {@code QueryBuilder} (a request's
 *       Lucene query, no query syntax), {@code ResultFinder} (ranking and counting), facets and
 *       snippets; the request and result records ({@code SearchQuery}, {@code SearchResult}, {@code
 *       Hit}) that other features use.
 *   <li>{@link gongkai.search.deadletter}: {@code FailingEntries} and {@code DeadLetters}.
 * </ul>
 *
 * Here, the holder and the drivers: {@link gongkai.search.IndexLocation} says which generation is
 * active; {@link gongkai.search.SearchIndex} is one open generation, joining its writer and its
 * engine on one directory (a commit refreshes the searchers before its position shows); {@link
 * gongkai.search.ActiveIndex} holds it open for every reader (503 while its directory fails);
 * {@link gongkai.search.Indexer} applies the outbox ({@code search_outbox}) and {@link
 * gongkai.search.IndexRebuilder} builds a new generation from the database. Web: {@link
 * gongkai.search.SearchController} ({@code /search}, {@code /api/search}) through {@link
 * gongkai.search.SearchService}; {@link gongkai.search.DeadLetterController}; {@link
 * gongkai.search.ProjectSimilarity}: projects like a text, for the compare pages.
 *
 * <p>The stages depend only downwards and never on this package ({@code ArchitectureTest}); the
 * query side never reads the index side's mapping, only the shared vocabulary.
 */
package gongkai.search;

/**
 * Full-text search over published disclosures (Lucene 9).
 *
 * <p>Writing, by stage:
 *
 * <ul>
 *   <li>{@link gongkai.search.Indexer} applies the outbox ({@code search_outbox}) to the active
 *       index and commits its position; {@link gongkai.search.FailingEntries} and {@link
 *       gongkai.search.DeadLetters} set aside an entry that keeps failing; {@link
 *       gongkai.search.IndexRebuilder} builds a new generation from the database.
 *   <li>{@link gongkai.search.SearchIndexWriter}: one directory's upserts, deletes and commits with
 *       the outbox position. {@link gongkai.search.DocumentMapper} turns a disclosure into one
 *       Lucene document per section, table row and project ({@link gongkai.search.ReportFields},
 *       {@link gongkai.search.PassageText}); why each field has its type: {@link
 *       gongkai.search.SearchFields}.
 * </ul>
 *
 * Holding: {@link gongkai.search.IndexLocation} says which generation is active; {@link
 * gongkai.search.ActiveIndex} holds it open for every reader (503 while its directory fails);
 * {@link gongkai.search.SearchIndex} is one open generation, its writer and its engine.
 *
 * <p>Reading:
 *
 * <ul>
 *   <li>{@link gongkai.search.SearchEngine}: turns, kept results ({@link
 *       gongkai.search.KeptResults}), strict then relaxed, one page of hits; {@link
 *       gongkai.search.IndexSearchers} are its searchers.
 *   <li>{@link gongkai.search.SearchPlanner}: a request's full Lucene query (text plus filters);
 *       {@link gongkai.search.QueryBuilder}, {@link gongkai.search.QueryWord} and {@link
 *       gongkai.search.Synonyms}: queries from analyser tokens (no query syntax).
 *   <li>{@link gongkai.search.ResultFinder}: ranking and counting; {@link
 *       gongkai.search.ReportGrouping} at most three hits per report per round; {@link
 *       gongkai.search.FacetReader} and {@link gongkai.search.FacetTable}: facet counts; {@link
 *       gongkai.search.Snippets}: highlighted, escaped snippets.
 *   <li>{@link gongkai.search.ProjectSimilarity}: projects like a text (for the compare pages).
 * </ul>
 *
 * Shared by both sides: {@link gongkai.search.ChineseAnalyzers}, {@link
 * gongkai.search.TextNormalizer}, {@link gongkai.search.KnownTerms}, {@link
 * gongkai.search.AnalysedText}. Web: {@link gongkai.search.SearchController} ({@code /search},
 * {@code /api/search}) through {@link gongkai.search.SearchService}; {@link
 * gongkai.search.DeadLetterController}.
 *
 * <p><b>Why one flat package</b> (past the guide's ~25 files): the stages share a vocabulary that
 * must be identical on both sides (the analysers, {@code KnownTerms}, {@code Synonyms}, {@code
 * SearchFields}: a query finds only what the same analysis indexed), and the open generation joins
 * the writer and the engine on one directory (a commit refreshes the searchers before its position
 * shows). Sub-packages by stage ({@code search.index}, {@code search.query}) would make about a
 * dozen classes public only so that the two halves can reach the vocabulary and each other, and
 * would import each other both ways. Flat, all but the types other packages use (the request and
 * result records, {@code SearchIndex}, {@code ActiveIndex}, {@code Indexer}, {@code
 * IndexRebuilder}, {@code IndexLocation}, {@code ProjectSimilarity}, {@code DeadLetters}) stay
 * package-private.
 */
package gongkai.search;

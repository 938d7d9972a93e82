/**
 * Full-text search over published disclosures (Lucene 9).
 *
 * <ul>
 *   <li>{@link gongkai.search.SearchIndex}: the index in one directory — upsert/delete per
 *   disclosure, commit with the outbox position, search.</li>
 *   <li>{@link gongkai.search.DocumentMapper}: one Lucene document per section, table row and
 *   performance project; field choices in {@link gongkai.search.SearchFields}.</li>
 *   <li>{@link gongkai.search.ChineseAnalyzers} and {@link gongkai.search.TextNormalizer}: smartcn
 *   words for ranking, CJK bigrams for substring recall, width and traditional→simplified folding.</li>
 *   <li>{@link gongkai.search.QueryBuilder} and {@link gongkai.search.Synonyms}: queries from
 *   analyser tokens (no query syntax), phrase/title boosts, codes, synonyms, strict and relaxed.</li>
 *   <li>{@link gongkai.search.Snippets}, {@link gongkai.search.HtmlPassageFormatter}: highlighted,
 *   escaped snippets; {@link gongkai.search.ReportGrouping}: at most three hits per report per round;
 *   {@link gongkai.search.FacetReader}: facet counts from SortedSetDocValues.</li>
 * </ul>
 */
package gongkai.search;

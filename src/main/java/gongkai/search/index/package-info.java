/**
 * Writing one index directory: {@code DocumentMapper} turns a published disclosure into Lucene
 * documents (one per section, table row and project, with the report's own fields from {@code
 * ReportFields}); {@code SearchIndexWriter} upserts them by disclosure id, so re-indexing is safe,
 * and commits with the outbox position.
 */
package gongkai.search.index;

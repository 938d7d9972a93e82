/**
 * The vocabulary the index and query sides share: what a word becomes ({@code ChineseAnalyzers},
 * {@code TextNormalizer}), the budget terms and synonyms that must match as wholes ({@code
 * KnownTerms}, {@code Synonyms}), and the fields with the reason for each type ({@code
 * SearchFields}). Changing anything here changes what the index holds: bump the index version.
 */
package gongkai.search.analysis;

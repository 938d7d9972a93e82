/**
 * Import of a published disclosure (text, PDF, XLSX, DOCX) into structured content, by stage:
 *
 * <ol>
 *   <li>{@code read}: each format's reader turns the file into a {@code DocumentText}, lines of
 *       TAB-separated cells in reading order ({@code read.pdf}, {@code read.office}).
 *   <li>{@code layout}: page furniture dropped, the outline of sections, the table of contents and
 *       the unit's header fields.
 *   <li>{@code tables}: table titles and headers recognised by meaning, rows read into line items,
 *       and each table's own arithmetic checked.
 *   <li>{@code prose} and {@code performance}: the narrative's figures and projects, and the
 *       performance self-evaluation tables.
 *   <li>Here: {@link gongkai.importer.ParseRun} drives the stages over one document, {@link
 *       gongkai.importer.DisclosureParser} is their entry point, {@link
 *       gongkai.importer.ImportService} checks the upload and stores the result through the
 *       disclosure service, with the gaps it could not read ({@link gongkai.importer.ImportGaps}).
 * </ol>
 *
 * Under every stage: {@code text} (the family's vocabulary: table titles, headings, amounts, money
 * units) and {@code report} (the import report every stage writes its findings to). Sub-packages
 * depend only downwards in this order: report, text, performance, prose and layout, tables, then
 * this package; {@code ArchitectureTest} holds it.
 */
package gongkai.importer;

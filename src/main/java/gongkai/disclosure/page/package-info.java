/**
 * The public report page {@code /disclosures/{id}}: its view model (contents, narrative, tables in
 * 万元 or 元, self-evaluations, revision history) and its charts' data.
 */
package gongkai.disclosure.page;

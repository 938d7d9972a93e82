/**
 * One disclosure taken out: the JSON API ({@code /api/disclosures}), the CSV and XLSX downloads,
 * and the public list of its consistency findings.
 */
package gongkai.disclosure.export;

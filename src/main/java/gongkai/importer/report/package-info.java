/**
 * The import report: what was read, skipped, repaired or doubted, as findings with their line,
 * shown to staff before they store an import.
 */
package gongkai.importer.report;

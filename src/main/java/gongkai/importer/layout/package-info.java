/**
 * The document's layout: page furniture (running headers, page numbers, stamps) dropped, the
 * outline of sections, the table of contents and the unit's header fields.
 */
package gongkai.importer.layout;

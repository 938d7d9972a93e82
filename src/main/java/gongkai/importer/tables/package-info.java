/**
 * Tables recognised by title and header meaning: blocks of rows, column headers, codes of 类/款/项,
 * one parser per table shape, and each table's own arithmetic checked as it is assembled.
 */
package gongkai.importer.tables;

/**
 * The vocabulary of the disclosure family, shared by every stage: normalised text, amounts and
 * money units, heading shapes, table titles (by meaning, never by number) and section keys.
 */
package gongkai.importer.text;

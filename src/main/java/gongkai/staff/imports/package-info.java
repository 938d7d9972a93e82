/**
 * Importing a document into a draft: the upload and its preview, table by table, before it is
 * stored, and the same as an API.
 */
package gongkai.staff.imports;

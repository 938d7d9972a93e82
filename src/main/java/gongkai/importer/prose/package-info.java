/**
 * The narrative (情况说明): paragraphs, the figures and codes it states, and the projects it describes.
 */
package gongkai.importer.prose;

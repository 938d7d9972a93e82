/**
 * The table editor of a draft: one grid per standard table, amounts in 万元 or 元, and the check that
 * a switch of unit did not scale the figures.
 */
package gongkai.staff.tables;

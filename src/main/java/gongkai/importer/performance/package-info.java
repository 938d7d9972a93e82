/**
 * Performance self-evaluation tables (项目支出绩效自评表, 部门整体支出绩效自评表): rows read over wrapped cells, money
 * columns and indicators.
 */
package gongkai.importer.performance;

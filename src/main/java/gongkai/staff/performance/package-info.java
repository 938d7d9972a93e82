/**
 * Editing the performance self-evaluations (项目支出绩效自评表, 部门整体支出绩效自评表) of a draft: the forms, their
 * checks and saving.
 */
package gongkai.staff.performance;

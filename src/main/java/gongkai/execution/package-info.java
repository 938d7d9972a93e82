/**
 * Budget execution across units: where the 年初预算 a report states for a functional 项 and the outcome
 * it states beside it (the narrative's per-项 paragraphs, stored as the PROSE table) differ most, by
 * code and by province ({@code /execution}). Reads published disclosures only; the per-row figures
 * of one code live in {@code compare}.
 */
package gongkai.execution;

-- Comparison (gongkai.compare): a disclosure's rows of one kind under a code prefix, e.g. "does this
-- disclosure report 2040610?" (the EXISTS of CompareRepository.expenseTotals) — an index range
-- scan per table instead of reading every row of the table. The lookup across disclosures by code
-- uses the existing idx_line_code (row_code, row_kind).
CREATE INDEX idx_line_table_code ON line_item (table_id, row_kind, row_code);

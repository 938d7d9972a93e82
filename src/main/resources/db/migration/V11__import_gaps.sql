-- Tables an import found in the document but could not read (a title without a recognisable
-- header, a header without rows, a title split over lines …), kept with the revision they belong
-- to. Each is an error that stops a publish until staff confirm it (confirmed_by/confirmed_at).
CREATE TABLE import_gap (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  disclosure_id BIGINT       NOT NULL,
  table_label   VARCHAR(40)  NOT NULL,             -- 公开01 … or 项目明细
  table_title   VARCHAR(200) NOT NULL,             -- the standard title, e.g. 收入支出决算总表
  source_line   INT          NULL,                 -- 1-based line in the imported document
  reason        VARCHAR(500) NOT NULL,
  confirmed_by  VARCHAR(64)  NULL,
  confirmed_at  TIMESTAMP    NULL,
  PRIMARY KEY (id),
  KEY idx_import_gap_disclosure (disclosure_id),
  CONSTRAINT fk_import_gap_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

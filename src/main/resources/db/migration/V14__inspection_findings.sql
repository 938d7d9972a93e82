-- Proofreading and inspection findings (公开情况检查表) that need the uploaded document itself and
-- cannot be found again from the stored content: blank or repeated pages, glyphs without a Unicode
-- mapping, a missing cover, contents page or table, and the PDF page of every finding. Kept with the
-- revision the import stored; findings on the stored text are computed again whenever asked.
CREATE TABLE inspection_source (
  disclosure_id BIGINT       NOT NULL,
  source_name   VARCHAR(255) NOT NULL,
  page_count    INT          NOT NULL,             -- 0 where the format has no pages
  created_at    TIMESTAMP    NOT NULL,
  PRIMARY KEY (disclosure_id),
  CONSTRAINT fk_inspection_source_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection_finding (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  disclosure_id BIGINT        NOT NULL,
  rule_id       VARCHAR(10)   NOT NULL,            -- P01 … M02, see gongkai.inspection.Inspector
  severity      VARCHAR(10)   NOT NULL,
  item          VARCHAR(100)  NOT NULL,            -- the checklist item, e.g. 目录
  page          INT           NULL,                -- 1-based PDF page
  section       VARCHAR(200)  NULL,
  paragraph     INT           NULL,
  message       VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_inspection_finding_disclosure (disclosure_id),
  CONSTRAINT fk_inspection_finding_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

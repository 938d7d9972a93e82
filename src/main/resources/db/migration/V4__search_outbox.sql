-- Changes the search index must apply, written in the same transaction as the change itself.
-- The indexer applies rows in id order and stores the last applied id in the Lucene commit, so after
-- any crash it resumes from there; applying a row twice is harmless (upsert/delete by disclosure id).
CREATE TABLE search_outbox (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  disclosure_id BIGINT      NOT NULL,
  action        VARCHAR(16) NOT NULL,            -- UPSERT / DELETE (disclosure.status may now also be WITHDRAWN)
  created_at    TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_outbox_disclosure (disclosure_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

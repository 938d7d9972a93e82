-- The outbox position becomes a commit-ordered sequence (disclosure.OutboxWriter explains why).
-- An AUTO_INCREMENT id is handed out when a row is inserted, not when it commits: a transaction
-- that inserted first and commits last leaves its row behind a reader's position for ever.
-- Every transaction that writes outbox rows takes its numbers from this one-row counter just before
-- it commits; the row lock on the counter holds until that commit, so numbers follow commit order.
CREATE TABLE outbox_sequence (
  id    INT    NOT NULL,
  last_seq BIGINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO outbox_sequence (id, last_seq) SELECT 1, COALESCE(MAX(id), 0) FROM search_outbox;

-- Rows written before this migration keep their order: seq = id (the counter starts after them).
ALTER TABLE search_outbox ADD COLUMN seq BIGINT NULL;
UPDATE search_outbox SET seq = id;
ALTER TABLE search_outbox MODIFY seq BIGINT NOT NULL;
CREATE UNIQUE INDEX uq_outbox_seq ON search_outbox (seq);

-- Entries the indexer gave up on after several failed attempts, so later ones proceed; shown to
-- administrators (/staff/admin/outbox) and reported by /health until resolved.
CREATE TABLE outbox_dead_letter (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  seq           BIGINT        NOT NULL,
  disclosure_id BIGINT        NOT NULL,
  action        VARCHAR(16)   NOT NULL,
  attempts      INT           NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  failed_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  resolved_at   TIMESTAMP     NULL,
  PRIMARY KEY (id),
  KEY idx_dead_letter_open (resolved_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

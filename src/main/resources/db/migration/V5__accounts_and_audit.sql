-- Staff accounts. UNIT_EDITOR is bound to one unit; REVIEWER to a supervising unit (the units whose
-- parent it is, and itself) or to a region (every unit in it); ADMIN manages everything.
CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,              -- BCrypt
  role          VARCHAR(16)  NOT NULL,              -- UNIT_EDITOR / REVIEWER / ADMIN
  unit_id       BIGINT       NULL,
  region_code   CHAR(6)      NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins INT          NOT NULL DEFAULT 0,    -- consecutive failures, for throttling
  locked_until  TIMESTAMP    NULL,
  created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_username (username),
  CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT fk_account_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what and when: logins, saves, submissions, returns, publications.
CREATE TABLE audit_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  username      VARCHAR(64)  NOT NULL,
  action        VARCHAR(32)  NOT NULL,
  disclosure_id BIGINT       NULL,
  detail        TEXT         NULL,
  PRIMARY KEY (id),
  KEY idx_audit_disclosure (disclosure_id, id),
  KEY idx_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reviewer's comments when a disclosure is returned, and the editor's explanations of warnings.
ALTER TABLE disclosure ADD COLUMN review_comment TEXT NULL;
ALTER TABLE disclosure ADD COLUMN warning_explanation TEXT NULL;

-- Gongkai data model. MySQL syntax that H2's MySQL mode also accepts.
-- All money is DECIMAL(18,2) in 元; the unit a source document used is kept beside it.

-- 行政区划 (GB/T 2260): province → city → county, filled by V2.
CREATE TABLE region (
  code        CHAR(6)      NOT NULL,
  name        VARCHAR(64)  NOT NULL,
  level       VARCHAR(16)  NOT NULL,            -- PROVINCE / CITY / COUNTY
  parent_code CHAR(6)      NULL,
  PRIMARY KEY (code),
  KEY idx_region_parent (parent_code),
  KEY idx_region_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 政府收支分类科目: functional (类3/款5/项7 digits) and economic (类3/款5) codes, filled by V3.
CREATE TABLE classification_code (
  code_system VARCHAR(16)  NOT NULL,            -- FUNCTIONAL / ECONOMIC
  code        VARCHAR(7)   NOT NULL,
  name        VARCHAR(128) NOT NULL,
  level       TINYINT      NOT NULL,            -- 1 类, 2 款, 3 项
  parent_code VARCHAR(7)   NULL,
  PRIMARY KEY (code_system, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE unit (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  name           VARCHAR(200) NOT NULL,
  region_code    CHAR(6)      NOT NULL,
  parent_unit_id BIGINT       NULL,
  kind           VARCHAR(40)  NULL,             -- 行政单位 / 参照公务员法管理事业单位 / 公益一类事业单位 …
  created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_unit_region_name (region_code, name),
  KEY idx_unit_parent (parent_unit_id),
  CONSTRAINT fk_unit_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT fk_unit_parent FOREIGN KEY (parent_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per revision. The "one live revision" rule is enforced by the database:
-- published_slot is set (to unit/year/kind) only while a revision is PUBLISHED, working_slot only
-- while it is being worked on (DRAFT/SUBMITTED/RETURNED); both are unique, NULLs are not compared.
CREATE TABLE disclosure (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id           BIGINT       NOT NULL,
  fiscal_year       SMALLINT     NOT NULL,
  kind              VARCHAR(16)  NOT NULL,      -- FINAL_ACCOUNTS (决算)
  status            VARCHAR(16)  NOT NULL,      -- DRAFT / SUBMITTED / RETURNED / PUBLISHED / SUPERSEDED
  revision          INT          NOT NULL,
  published_slot    VARCHAR(64)  NULL,
  working_slot      VARCHAR(64)  NULL,
  published_at      TIMESTAMP    NULL,
  head_of_unit      VARCHAR(64)  NULL,          -- 单位负责人
  head_of_finance   VARCHAR(64)  NULL,          -- 财务负责人
  preparer          VARCHAR(64)  NULL,          -- 编制人
  report_date       DATE         NULL,          -- 报送日期
  contact_person    VARCHAR(64)  NULL,
  contact_phone     VARCHAR(64)  NULL,
  source_money_unit VARCHAR(16)  NULL,          -- YUAN / WAN_YUAN: what the source document used
  correction_note   TEXT         NULL,
  created_at        TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at        TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version           BIGINT       NOT NULL DEFAULT 0,  -- optimistic locking
  PRIMARY KEY (id),
  UNIQUE KEY uk_disclosure_revision (unit_id, fiscal_year, kind, revision),
  UNIQUE KEY uk_disclosure_published (published_slot),
  UNIQUE KEY uk_disclosure_working (working_slot),
  KEY idx_disclosure_year_status (fiscal_year, status),
  KEY idx_disclosure_status (status, published_at),
  CONSTRAINT fk_disclosure_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Narrative sections, in document order.
CREATE TABLE section (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  disclosure_id BIGINT       NOT NULL,
  position      INT          NOT NULL,
  section_key   VARCHAR(40)  NULL,              -- standard outline key, NULL when not a standard section
  title         VARCHAR(500) NOT NULL,
  body          LONGTEXT     NOT NULL,
  PRIMARY KEY (id),
  KEY idx_section_disclosure (disclosure_id, position),
  CONSTRAINT fk_section_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A table of the disclosure: which standard table it is (G01…G10, PROJECT_DETAIL, PROSE).
CREATE TABLE disclosure_table (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  disclosure_id     BIGINT       NOT NULL,
  table_kind        VARCHAR(16)  NOT NULL,
  position          INT          NOT NULL,
  title             VARCHAR(200) NOT NULL,
  source_money_unit VARCHAR(16)  NULL,
  note              TEXT         NULL,          -- e.g. 本表无数据
  PRIMARY KEY (id),
  UNIQUE KEY uk_table_kind (disclosure_id, table_kind),
  CONSTRAINT fk_table_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row of a table. row_code is a functional/economic code, or for NAMED rows a canonical name
-- (本年收入合计, 人员经费合计, 三公经费合计 …); code_level (1 类 / 2 款 / 3 项) lets a table's rows be
-- summed by level, and row_code compares the same line across units and years.
CREATE TABLE line_item (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  table_id    BIGINT       NOT NULL,
  position    INT          NOT NULL,
  row_kind    VARCHAR(16)  NOT NULL,            -- FUNCTIONAL / ECONOMIC / NAMED
  side        VARCHAR(16)  NULL,                -- INCOME / EXPENSE for two-sided tables
  row_code    VARCHAR(64)  NULL,
  code_level  TINYINT      NULL,
  row_name    VARCHAR(200) NOT NULL,
  line_no     INT          NULL,                -- 行次
  PRIMARY KEY (id),
  KEY idx_line_table (table_id, position),
  KEY idx_line_code (row_code, row_kind),
  CONSTRAINT fk_line_table FOREIGN KEY (table_id) REFERENCES disclosure_table (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One exact amount per column of the row's table (column keys: StandardTable), in 元.
CREATE TABLE line_amount (
  line_item_id BIGINT        NOT NULL,
  column_key   VARCHAR(32)   NOT NULL,
  amount       DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (line_item_id, column_key),
  CONSTRAINT fk_amount_line FOREIGN KEY (line_item_id) REFERENCES line_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 项目支出绩效自评 (kind PROJECT) and 部门整体支出绩效自评 (kind OVERALL). Amounts in 元.
CREATE TABLE performance_project (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  disclosure_id           BIGINT        NOT NULL,
  position                INT           NOT NULL,
  kind                    VARCHAR(16)   NOT NULL,
  name                    VARCHAR(300)  NOT NULL,
  department              VARCHAR(200)  NULL,   -- 主管部门
  implementer             VARCHAR(200)  NULL,   -- 实施单位
  initial_budget          DECIMAL(18,2) NULL,   -- 年初预算数
  annual_budget           DECIMAL(18,2) NULL,   -- 全年预算数
  executed                DECIMAL(18,2) NULL,   -- 全年执行数
  annual_budget_fiscal    DECIMAL(18,2) NULL,   -- of which 财政拨款
  executed_fiscal         DECIMAL(18,2) NULL,
  annual_budget_carryover DECIMAL(18,2) NULL,   -- of which 上年结转
  executed_carryover      DECIMAL(18,2) NULL,
  annual_budget_other     DECIMAL(18,2) NULL,   -- of which 其他资金
  executed_other          DECIMAL(18,2) NULL,
  execution_rate          DECIMAL(7,2)  NULL,   -- 执行率, percent
  execution_weight        DECIMAL(6,2)  NULL,   -- 分值 of 执行率
  execution_score         DECIMAL(6,2)  NULL,   -- 得分 of 执行率
  total_weight            DECIMAL(6,2)  NULL,
  total_score             DECIMAL(6,2)  NULL,   -- 总分 / 自评得分
  goal_planned            TEXT          NULL,   -- 年度总体目标 / 预期目标
  goal_actual             TEXT          NULL,   -- 实际完成情况
  summary                 TEXT          NULL,   -- prose self-evaluation
  from_prose              BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  KEY idx_project_disclosure (disclosure_id, position),
  KEY idx_project_name (name),
  CONSTRAINT fk_project_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE performance_indicator (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  project_id       BIGINT        NOT NULL,
  position         INT           NOT NULL,
  level1           VARCHAR(64)   NULL,          -- 一级指标: 产出 / 效益 / 满意度
  level2           VARCHAR(64)   NULL,          -- 二级指标: 数量 / 质量 / 时效 / 成本 …
  name             VARCHAR(300)  NOT NULL,      -- 三级指标
  nature           VARCHAR(16)   NULL,          -- 正向 / 反向 / 定性
  direction        VARCHAR(16)   NULL,          -- 大于等于 / 小于等于 / 等于
  target_value     VARCHAR(200)  NULL,          -- 年度指标值 (often text: ≥95%)
  actual_value     VARCHAR(200)  NULL,          -- 实际完成值
  measure_unit     VARCHAR(32)   NULL,          -- 计量单位
  weight           DECIMAL(6,2)  NULL,          -- 分值
  score            DECIMAL(6,2)  NULL,          -- 得分
  deviation_reason TEXT          NULL,          -- 偏差原因分析及改进措施
  PRIMARY KEY (id),
  KEY idx_indicator_project (project_id, position),
  CONSTRAINT fk_indicator_project FOREIGN KEY (project_id) REFERENCES performance_project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

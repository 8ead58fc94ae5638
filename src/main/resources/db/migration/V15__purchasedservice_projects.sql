-- Government-purchased services (政府购买服务): the buying departments' budget lines for purchased services, the
-- proposals that work-item access makes (向基层群众性自治组织购买服务), and the projects: 立项 (need, target group,
-- content, outputs and outcomes, budget, duration), the finance review of the budget (经费预算), the purchase method
-- the threshold table decides (PurchaseMethod.dmn) and the public notice (信息发布) with its evaluation criteria.
-- Amounts are yuan with two decimals. Nothing is deleted: a refused or withdrawn project stays with its reason.

-- A department's budget line for purchased services in one year (年度预算额度): the finance review commits approved
-- projects against it, and refuses what does not fit.
CREATE TABLE ps_budget_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(30)    NOT NULL,
    department_code  VARCHAR(40)    NOT NULL,
    budget_year      INT            NOT NULL,
    name             VARCHAR(100)   NOT NULL,
    amount           DECIMAL(14, 2) NOT NULL,
    committed        DECIMAL(14, 2) NOT NULL,
    changed_by       VARCHAR(64)    NOT NULL,
    changed_at       DATETIME(6)    NOT NULL,
    change_reason    VARCHAR(300),
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_ps_budget_line_code UNIQUE (code),
    CONSTRAINT ck_ps_budget_line_amounts CHECK (amount >= 0 AND committed >= 0 AND committed <= amount)
);
CREATE INDEX ix_ps_budget_line_department ON ps_budget_line (department_code, budget_year);

-- A proposal to buy a service instead of handing work to communities (from 民政审查), waiting for a project manager
-- of the department to start a project from it.
CREATE TABLE ps_proposal (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_number         VARCHAR(40)    NOT NULL,
    department_code        VARCHAR(40)    NOT NULL,
    title                  VARCHAR(200)   NOT NULL,
    content                VARCHAR(2000),
    note                   VARCHAR(1000),
    received_at            DATETIME(6)    NOT NULL,
    project_id             BIGINT,
    CONSTRAINT uq_ps_proposal_request UNIQUE (request_number)
);

CREATE TABLE ps_project (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_number         VARCHAR(40)    NOT NULL,
    department_code        VARCHAR(40)    NOT NULL,
    department_name        VARCHAR(100)   NOT NULL,
    manager                VARCHAR(64)    NOT NULL,
    title                  VARCHAR(200)   NOT NULL,
    need                   VARCHAR(2000)  NOT NULL,
    target_group           VARCHAR(500)   NOT NULL,
    content                VARCHAR(2000)  NOT NULL,
    outputs                VARCHAR(1000)  NOT NULL,
    outcomes               VARCHAR(1000)  NOT NULL,
    budget_amount          DECIMAL(14, 2) NOT NULL,
    budget_line_id         BIGINT         NOT NULL,
    duration_months        INT            NOT NULL,
    -- NONE, FEW_PROVIDERS, URGENT or SINGLE_SOURCE, with the justification the last three need.
    circumstance           VARCHAR(20)    NOT NULL,
    justification          VARCHAR(1000),
    public_commitment      BOOLEAN        NOT NULL,
    origin_request_number  VARCHAR(40),
    status                 VARCHAR(20)    NOT NULL,
    created_at             DATETIME(6)    NOT NULL,
    budget_decided_by      VARCHAR(64),
    budget_decided_at      DATETIME(6),
    budget_comment         VARCHAR(500),
    method                 VARCHAR(30),
    method_rule            VARCHAR(10),
    method_rule_text       VARCHAR(300),
    notice_days            INT,
    notice_working_days    BOOLEAN,
    notice_published_at    DATETIME(6),
    notice_published_by    VARCHAR(64),
    bid_deadline           DATETIME(6),
    requirements           VARCHAR(2000),
    contact                VARCHAR(200),
    withdrawn_reason       VARCHAR(500),
    process_instance_id    VARCHAR(64),
    version                BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_ps_project_number UNIQUE (project_number),
    CONSTRAINT fk_ps_project_budget_line FOREIGN KEY (budget_line_id) REFERENCES ps_budget_line (id),
    CONSTRAINT ck_ps_project_amount CHECK (budget_amount > 0),
    CONSTRAINT ck_ps_project_duration CHECK (duration_months >= 1)
);
CREATE INDEX ix_ps_project_department ON ps_project (department_code, created_at);
CREATE INDEX ix_ps_project_status ON ps_project (status, created_at);

-- The evaluation criteria published with the notice (评审因素及分值), weights summing to 100.
CREATE TABLE ps_criterion (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id             BIGINT         NOT NULL,
    position               INT            NOT NULL,
    name                   VARCHAR(100)   NOT NULL,
    description            VARCHAR(500),
    weight                 INT            NOT NULL,
    CONSTRAINT fk_ps_criterion_project FOREIGN KEY (project_id) REFERENCES ps_project (id),
    CONSTRAINT ck_ps_criterion_weight CHECK (weight > 0 AND weight <= 100)
);
CREATE INDEX ix_ps_criterion_project ON ps_criterion (project_id, position);

-- Purchased services, delivery and acceptance (项目管理, 履约验收): the provider reports each milestone with its
-- evidence, the buyer checks it (阶段验收: passed, or returned with the issues to rectify), a passed milestone's payment
-- is released and recorded when paid; the final acceptance involves the service users (a sampled satisfaction survey
-- or their representatives) and is published; change requests of scope, time or budget are decided by someone other
-- than who asked. The final milestone's payment waits for the performance evaluation.

ALTER TABLE ps_milestone ADD COLUMN report VARCHAR(2000);
ALTER TABLE ps_milestone ADD COLUMN reported_by VARCHAR(64);
ALTER TABLE ps_milestone ADD COLUMN reported_at DATETIME(6);
ALTER TABLE ps_milestone ADD COLUMN check_note VARCHAR(1000);
ALTER TABLE ps_milestone ADD COLUMN checked_by VARCHAR(64);
ALTER TABLE ps_milestone ADD COLUMN checked_at DATETIME(6);
ALTER TABLE ps_milestone ADD COLUMN returns INT NOT NULL DEFAULT 0;
ALTER TABLE ps_milestone ADD COLUMN paid_on DATE;
ALTER TABLE ps_milestone ADD COLUMN paid_amount DECIMAL(14, 2);
ALTER TABLE ps_milestone ADD COLUMN payment_voucher VARCHAR(60);
ALTER TABLE ps_milestone ADD COLUMN paid_by VARCHAR(64);
ALTER TABLE ps_contract ADD COLUMN end_on_changed DATE;
ALTER TABLE ps_contract ADD COLUMN amount_changed DECIMAL(14, 2);

-- Evidence a provider hands in with a milestone report (服务台账, 照片, 签到表 …), typed by content.
CREATE TABLE ps_milestone_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    milestone_id  BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ps_milestone_file FOREIGN KEY (milestone_id) REFERENCES ps_milestone (id)
);
CREATE INDEX ix_ps_milestone_file ON ps_milestone_file (milestone_id);

-- 履约验收, one row per attempt: how the service users took part (a sampled survey: sample, respondents, satisfied;
-- and/or representatives by name), the result and the findings. A failed attempt stays; the provider rectifies.
CREATE TABLE ps_acceptance (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id        BIGINT         NOT NULL,
    attempt           INT            NOT NULL,
    survey_sample     INT,
    survey_responses  INT,
    survey_satisfied  INT,
    representatives   VARCHAR(500),
    user_opinion      VARCHAR(1000),
    passed            BOOLEAN        NOT NULL,
    findings          VARCHAR(2000)  NOT NULL,
    accepted_by       VARCHAR(64)    NOT NULL,
    accepted_at       DATETIME(6)    NOT NULL,
    rectification     VARCHAR(2000),
    rectified_at      DATETIME(6),
    CONSTRAINT uq_ps_acceptance UNIQUE (project_id, attempt),
    CONSTRAINT fk_ps_acceptance_project FOREIGN KEY (project_id) REFERENCES ps_project (id),
    CONSTRAINT ck_ps_acceptance_users CHECK (survey_responses IS NOT NULL OR representatives IS NOT NULL)
);

-- A change of scope, time or budget (变更), asked by the buyer or the provider, decided by finance (budget) or the
-- department's reviewer (scope, time).
CREATE TABLE ps_change_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    kind             VARCHAR(10)    NOT NULL,
    description      VARCHAR(1000)  NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    new_end_on       DATE,
    new_amount       DECIMAL(14, 2),
    requested_by     VARCHAR(64)    NOT NULL,
    requested_at     DATETIME(6)    NOT NULL,
    approved         BOOLEAN,
    decision_note    VARCHAR(500),
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    CONSTRAINT fk_ps_change_project FOREIGN KEY (project_id) REFERENCES ps_project (id)
);
CREATE INDEX ix_ps_change_project ON ps_change_request (project_id);

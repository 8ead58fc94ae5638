-- Purchased services, selection and contract (承接主体确定, 合同): providers' bids with their response files until
-- the notice's deadline; the evaluation panel, each member's conflict-of-interest declaration (回避声明) and scores
-- per bid and criterion, in rounds (a new round after an objection is upheld or too few members could score); the
-- result, providers' objections (质疑) in the objection period and their answers; the contract with its term,
-- payment milestones and performance indicators. Nothing is deleted: a withdrawn bid, a recusal, a superseded round
-- and an answered objection stay as they were.

ALTER TABLE ps_project ADD COLUMN selection_round INT NOT NULL DEFAULT 0;
ALTER TABLE ps_project ADD COLUMN winner_bid_id BIGINT;
ALTER TABLE ps_project ADD COLUMN result_published_at DATETIME(6);
ALTER TABLE ps_project ADD COLUMN result_note VARCHAR(500);
ALTER TABLE ps_project ADD COLUMN objection_deadline DATETIME(6);
ALTER TABLE ps_project ADD COLUMN awarded_at DATETIME(6);
ALTER TABLE ps_project ADD COLUMN closed_reason VARCHAR(500);

-- A provider's response to a notice (响应文件): one per provider and project, replaced until the deadline.
CREATE TABLE ps_bid (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    provider_code    VARCHAR(40)    NOT NULL,
    provider_name    VARCHAR(200)   NOT NULL,
    submitted_by     VARCHAR(64)    NOT NULL,
    submitted_at     DATETIME(6)    NOT NULL,
    price            DECIMAL(14, 2) NOT NULL,
    plan_summary     VARCHAR(2000)  NOT NULL,
    contact          VARCHAR(200)   NOT NULL,
    withdrawn_at     DATETIME(6),
    -- After a round is tallied: the panel's average total and the place it earned.
    score            DECIMAL(6, 2),
    ranking          INT,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_ps_bid_provider UNIQUE (project_id, provider_code),
    CONSTRAINT fk_ps_bid_project FOREIGN KEY (project_id) REFERENCES ps_project (id),
    CONSTRAINT ck_ps_bid_price CHECK (price > 0)
);

CREATE TABLE ps_bid_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    bid_id        BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ps_bid_file_bid FOREIGN KEY (bid_id) REFERENCES ps_bid (id)
);
CREATE INDEX ix_ps_bid_file_bid ON ps_bid_file (bid_id);

-- A member of a round's evaluation panel. conflict is null until the member declared: true means recused, and a
-- recused member never scores.
CREATE TABLE ps_panel_member (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    selection_round  INT            NOT NULL,
    evaluator        VARCHAR(64)    NOT NULL,
    appointed_by     VARCHAR(64)    NOT NULL,
    appointed_at     DATETIME(6)    NOT NULL,
    conflict         BOOLEAN,
    conflict_note    VARCHAR(500),
    declared_at      DATETIME(6),
    scored_at        DATETIME(6),
    CONSTRAINT uq_ps_panel_member UNIQUE (project_id, selection_round, evaluator),
    CONSTRAINT fk_ps_panel_member_project FOREIGN KEY (project_id) REFERENCES ps_project (id)
);
CREATE INDEX ix_ps_panel_member_evaluator ON ps_panel_member (evaluator);

-- One member's points for one bid on one of the notice's criteria (0 to the criterion's weight).
CREATE TABLE ps_score (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT        NOT NULL,
    bid_id              BIGINT        NOT NULL,
    criterion_position  INT           NOT NULL,
    points              DECIMAL(5, 2) NOT NULL,
    CONSTRAINT uq_ps_score UNIQUE (member_id, bid_id, criterion_position),
    CONSTRAINT fk_ps_score_member FOREIGN KEY (member_id) REFERENCES ps_panel_member (id),
    CONSTRAINT fk_ps_score_bid FOREIGN KEY (bid_id) REFERENCES ps_bid (id),
    CONSTRAINT ck_ps_score_points CHECK (points >= 0 AND points <= 100)
);

-- A bidder's objection to a round's result (质疑), once per bidder and round, and the buyer's answer.
CREATE TABLE ps_objection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    selection_round  INT            NOT NULL,
    bid_id           BIGINT         NOT NULL,
    raised_by        VARCHAR(64)    NOT NULL,
    raised_at        DATETIME(6)    NOT NULL,
    grounds          VARCHAR(2000)  NOT NULL,
    upheld           BOOLEAN,
    answer           VARCHAR(1000),
    answered_by      VARCHAR(64),
    answered_at      DATETIME(6),
    CONSTRAINT uq_ps_objection UNIQUE (project_id, selection_round, bid_id),
    CONSTRAINT fk_ps_objection_project FOREIGN KEY (project_id) REFERENCES ps_project (id),
    CONSTRAINT fk_ps_objection_bid FOREIGN KEY (bid_id) REFERENCES ps_bid (id)
);

-- The contract with the selected provider (合同): at most 36 months (财政部令第102号), paid by milestones whose
-- shares sum to 100, evaluated against an indicator template (绩效评价指标体系) fixed at signing.
CREATE TABLE ps_contract (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id           BIGINT         NOT NULL,
    contract_number      VARCHAR(40)    NOT NULL,
    bid_id               BIGINT         NOT NULL,
    provider_code        VARCHAR(40)    NOT NULL,
    provider_name        VARCHAR(200)   NOT NULL,
    amount               DECIMAL(14, 2) NOT NULL,
    signed_on            DATE           NOT NULL,
    start_on             DATE           NOT NULL,
    end_on               DATE           NOT NULL,
    term_months          INT            NOT NULL,
    template_code        VARCHAR(20)    NOT NULL,
    template_revision    INT            NOT NULL,
    targets              VARCHAR(2000)  NOT NULL,
    signed_by            VARCHAR(64)    NOT NULL,
    recorded_at          DATETIME(6)    NOT NULL,
    CONSTRAINT uq_ps_contract_project UNIQUE (project_id),
    CONSTRAINT uq_ps_contract_number UNIQUE (contract_number),
    CONSTRAINT fk_ps_contract_project FOREIGN KEY (project_id) REFERENCES ps_project (id),
    CONSTRAINT fk_ps_contract_bid FOREIGN KEY (bid_id) REFERENCES ps_bid (id),
    CONSTRAINT ck_ps_contract_term CHECK (term_months >= 1 AND term_months <= 36 AND end_on >= start_on),
    CONSTRAINT ck_ps_contract_amount CHECK (amount > 0)
);

-- A milestone of the contract: what is delivered by when, and the share of the amount paid once it is accepted.
CREATE TABLE ps_milestone (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id       BIGINT         NOT NULL,
    position         INT            NOT NULL,
    name             VARCHAR(100)   NOT NULL,
    deliverable      VARCHAR(500)   NOT NULL,
    due_on           DATE           NOT NULL,
    payment_percent  INT            NOT NULL,
    payment_amount   DECIMAL(14, 2) NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_ps_milestone UNIQUE (project_id, position),
    CONSTRAINT fk_ps_milestone_project FOREIGN KEY (project_id) REFERENCES ps_project (id),
    CONSTRAINT ck_ps_milestone_percent CHECK (payment_percent >= 0 AND payment_percent <= 100)
);

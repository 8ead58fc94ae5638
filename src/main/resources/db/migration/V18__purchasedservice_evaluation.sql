-- Purchased services, performance evaluation and closure (绩效评价, 结项): evaluators (often third parties) score the
-- level-3 indicators of the template fixed at signing, each with its evidence; the average total gives the grade from
-- the bands in EvaluationGrade.dmn, which also says how much of the final payment is released; the provider may
-- object to the grade once; the grade joins the provider's record for future selection. Public-commitment projects
-- are reviewed in public every six months until they close (seed 004 §15).

ALTER TABLE ps_project ADD COLUMN evaluation_score DECIMAL(6, 2);
ALTER TABLE ps_project ADD COLUMN evaluation_grade VARCHAR(10);
ALTER TABLE ps_project ADD COLUMN evaluation_rule VARCHAR(10);
ALTER TABLE ps_project ADD COLUMN final_payment_share INT;
ALTER TABLE ps_project ADD COLUMN graded_at DATETIME(6);
ALTER TABLE ps_project ADD COLUMN provider_view VARCHAR(10);
-- MySQL and MariaDB cap a row's VARCHARs at 65,535 bytes, 4 a character in utf8mb4: with these ps_project declares
-- about 15,300 characters (62 KB). Longer texts of a project belong in a table of their own.
ALTER TABLE ps_project ADD COLUMN provider_objection VARCHAR(1000);
ALTER TABLE ps_project ADD COLUMN objection_answer VARCHAR(500);
ALTER TABLE ps_project ADD COLUMN objection_upheld BOOLEAN;
ALTER TABLE ps_project ADD COLUMN closed_at DATETIME(6);
ALTER TABLE ps_project ADD COLUMN closing_summary VARCHAR(1000);

-- An evaluator of a project, with the submission and an overall comment.
CREATE TABLE ps_evaluator (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id     BIGINT         NOT NULL,
    evaluator      VARCHAR(64)    NOT NULL,
    assigned_by    VARCHAR(64)    NOT NULL,
    assigned_at    DATETIME(6)    NOT NULL,
    total          DECIMAL(6, 2),
    comment        VARCHAR(1000),
    submitted_at   DATETIME(6),
    CONSTRAINT uq_ps_evaluator UNIQUE (project_id, evaluator),
    CONSTRAINT fk_ps_evaluator_project FOREIGN KEY (project_id) REFERENCES ps_project (id)
);
CREATE INDEX ix_ps_evaluator_evaluator ON ps_evaluator (evaluator);

-- One evaluator's points for one level-3 indicator (0 to its weight), with the evidence they rest on.
CREATE TABLE ps_indicator_score (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluator_id    BIGINT         NOT NULL,
    indicator_code  VARCHAR(20)    NOT NULL,
    points          DECIMAL(5, 2)  NOT NULL,
    evidence        VARCHAR(500),
    CONSTRAINT uq_ps_indicator_score UNIQUE (evaluator_id, indicator_code),
    CONSTRAINT fk_ps_indicator_score FOREIGN KEY (evaluator_id) REFERENCES ps_evaluator (id),
    CONSTRAINT ck_ps_indicator_points CHECK (points >= 0 AND points <= 100)
);

-- The six-monthly public review of a public-commitment project (公开承诺项目评议).
CREATE TABLE ps_public_review (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id     BIGINT         NOT NULL,
    held_on        DATE           NOT NULL,
    participants   VARCHAR(500)   NOT NULL,
    opinions       VARCHAR(2000)  NOT NULL,
    response       VARCHAR(2000)  NOT NULL,
    recorded_by    VARCHAR(64)    NOT NULL,
    recorded_at    DATETIME(6)    NOT NULL,
    CONSTRAINT fk_ps_public_review FOREIGN KEY (project_id) REFERENCES ps_project (id)
);
CREATE INDEX ix_ps_public_review ON ps_public_review (project_id, held_on);

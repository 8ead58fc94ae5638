-- One-window acceptance (一窗受理): the case as the resident and the front desk see it. The process engine keeps the
-- flow; these tables keep what must outlive it and be searched: applicant, materials, notices, dates, the rating.
CREATE TABLE ow_case (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number           VARCHAR(40)   NOT NULL,
    query_code            VARCHAR(12)   NOT NULL,
    item_code             VARCHAR(20)   NOT NULL,
    item_name             VARCHAR(100)  NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    applicant_kind        VARCHAR(20)   NOT NULL,
    applicant_name        VARCHAR(100)  NOT NULL,
    applicant_id_number   VARCHAR(18)   NOT NULL,
    applicant_phone       VARCHAR(11)   NOT NULL,
    applicant_address     VARCHAR(200),
    agent_name            VARCHAR(50),
    agent_id_number       VARCHAR(18),
    agent_phone           VARCHAR(11),
    agent_authorisation   VARCHAR(200),
    accepting_unit_kind   VARCHAR(20)   NOT NULL,
    accepting_unit_code   VARCHAR(40)   NOT NULL,
    accepting_unit_name   VARCHAR(100)  NOT NULL,
    subdistrict_code      VARCHAR(40)   NOT NULL,
    received_by           VARCHAR(64),
    received_at           DATETIME(6)   NOT NULL,
    review_started_on     DATE          NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    promised_days         INT           NOT NULL,
    accepted_on           DATE,
    deemed_accepted       BOOLEAN       NOT NULL DEFAULT FALSE,
    due_on                DATE,
    paused_on             DATE,
    department_code       VARCHAR(40),
    decision              VARCHAR(20),
    decision_reason       VARCHAR(500),
    concluded_on          DATE,
    delivery_method       VARCHAR(20),
    delivery_reference    VARCHAR(100),
    delivered_at          DATETIME(6),
    process_instance_id   VARCHAR(64),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_ow_case_number UNIQUE (case_number)
);
CREATE INDEX ix_ow_case_unit ON ow_case (accepting_unit_code, status);
CREATE INDEX ix_ow_case_department ON ow_case (department_code, status);
CREATE INDEX ix_ow_case_received ON ow_case (received_at);
CREATE INDEX ix_ow_case_applicant ON ow_case (applicant_id_number);
CREATE INDEX ix_ow_case_applicant_name ON ow_case (applicant_name);

-- Each required material of the item as it stood at intake, and how it was provided.
CREATE TABLE ow_case_material (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    position      INT           NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    mandatory     BOOLEAN       NOT NULL,
    provision     VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_ow_case_material_case FOREIGN KEY (case_id) REFERENCES ow_case (id),
    CONSTRAINT uq_ow_case_material UNIQUE (case_id, code)
);

-- Uploaded files, kept in the database: one transaction with the case, never served as anything but a download.
CREATE TABLE ow_case_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    material_code VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64),
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ow_case_file_case FOREIGN KEY (case_id) REFERENCES ow_case (id)
);
CREATE INDEX ix_ow_case_file_case ON ow_case_file (case_id);

-- Notices issued on the case: 受理回执, 补正告知书, 不予受理决定书, 办结通知书. Never changed once issued.
CREATE TABLE ow_case_notice (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    issued_on     DATE          NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    issued_by     VARCHAR(64),
    items         VARCHAR(4000),
    reason        VARCHAR(1000),
    refer_to      VARCHAR(200),
    CONSTRAINT fk_ow_case_notice_case FOREIGN KEY (case_id) REFERENCES ow_case (id)
);
CREATE INDEX ix_ow_case_notice_case ON ow_case_notice (case_id);

-- 好差评: one rating per case, by the applicant or the recorded agent; staff can never change it.
CREATE TABLE ow_case_rating (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    level         VARCHAR(30)   NOT NULL,
    rating_comment VARCHAR(500),
    rated_by      VARCHAR(20)   NOT NULL,
    channel       VARCHAR(20)   NOT NULL,
    rated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ow_case_rating_case FOREIGN KEY (case_id) REFERENCES ow_case (id),
    CONSTRAINT uq_ow_case_rating UNIQUE (case_id)
);

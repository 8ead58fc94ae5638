-- Work-item access (社区工作事项准入): a department's request to have communities do work, the access decision on
-- it (number, scope, dates — revocable), the work dispatched under a decision, every refused dispatch (the 减负
-- figure), and the two-way evaluation after the work ends. The process engine keeps the review flow only.

-- 县级审定: the county's unified deployment (县级党委和政府统一部署) of work outside the list.
INSERT INTO identity_role (code, name_zh, name_en, unit_kinds, builtin, version) VALUES
    ('county-approver', '县级审定人', 'County approver', 'COUNTY', TRUE, 0);

CREATE TABLE wa_request (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_number        VARCHAR(40)    NOT NULL,
    department_code       VARCHAR(40)    NOT NULL,
    department_name       VARCHAR(100)   NOT NULL,
    submitted_by          VARCHAR(64)    NOT NULL,
    submitted_at          DATETIME(6)    NOT NULL,
    title                 VARCHAR(100)   NOT NULL,
    content               VARCHAR(2000)  NOT NULL,
    legal_basis           VARCHAR(500)   NOT NULL,
    work_item_code        VARCHAR(20),
    work_item_revision    INT,
    work_item_kind        VARCHAR(16)    NOT NULL,
    scope_kind            VARCHAR(20)    NOT NULL,
    start_on              DATE           NOT NULL,
    end_on                DATE           NOT NULL,
    hours_per_community   DECIMAL(7,1)   NOT NULL,
    funding_provided      BOOLEAN        NOT NULL,
    funding_amount        DECIMAL(14,2),
    funding_source        VARCHAR(200),
    funding_transfer      VARCHAR(30),
    working_conditions    VARCHAR(500),
    existing_data_usable  BOOLEAN        NOT NULL,
    data_sharing_note     VARCHAR(500),
    contact_name          VARCHAR(50)    NOT NULL,
    contact_phone         VARCHAR(20)    NOT NULL,
    urgent                BOOLEAN        NOT NULL,
    urgent_reason         VARCHAR(500),
    negative_hints        VARCHAR(300),
    status                VARCHAR(30)    NOT NULL,
    check_outcome         VARCHAR(20),
    check_rule            VARCHAR(10),
    check_rule_text       VARCHAR(300),
    review_due_on         DATE,
    confirmed_item_code   VARCHAR(20),
    review_opinion        VARCHAR(500),
    reviewed_by           VARCHAR(64),
    county_opinion        VARCHAR(500),
    county_decided_by     VARCHAR(64),
    decision_number       VARCHAR(40),
    decided_at            DATETIME(6),
    decision_basis        VARCHAR(500),
    refusal_reason        VARCHAR(500),
    purchase_note         VARCHAR(500),
    revoked_at            DATETIME(6),
    revoked_by            VARCHAR(64),
    revoke_reason         VARCHAR(500),
    process_instance_id   VARCHAR(64),
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_wa_request_number UNIQUE (request_number),
    CONSTRAINT uq_wa_request_decision UNIQUE (decision_number)
);
CREATE INDEX ix_wa_request_department ON wa_request (department_code, status);
CREATE INDEX ix_wa_request_status ON wa_request (status, submitted_at);

-- What the request targets: subdistrict codes (scope SUBDISTRICTS) or community codes (scope COMMUNITIES); none for ALL.
CREATE TABLE wa_request_target (
    request_id            BIGINT         NOT NULL,
    unit_code             VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_wa_request_target PRIMARY KEY (request_id, unit_code),
    CONSTRAINT fk_wa_request_target FOREIGN KEY (request_id) REFERENCES wa_request (id)
);

CREATE TABLE wa_request_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_wa_request_file FOREIGN KEY (request_id) REFERENCES wa_request (id)
);
CREATE INDEX ix_wa_request_file ON wa_request_file (request_id);

-- Work sent to communities under an admitted decision: one row per dispatch, one target row (and task) per community.
CREATE TABLE wa_dispatch (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispatch_number   VARCHAR(40)    NOT NULL,
    request_id        BIGINT         NOT NULL,
    department_code   VARCHAR(40)    NOT NULL,
    dispatched_by     VARCHAR(64)    NOT NULL,
    dispatched_at     DATETIME(6)    NOT NULL,
    channel           VARCHAR(10)    NOT NULL,
    title             VARCHAR(100)   NOT NULL,
    instructions      VARCHAR(2000)  NOT NULL,
    due_on            DATE           NOT NULL,
    CONSTRAINT uq_wa_dispatch_number UNIQUE (dispatch_number),
    CONSTRAINT fk_wa_dispatch_request FOREIGN KEY (request_id) REFERENCES wa_request (id)
);
CREATE INDEX ix_wa_dispatch_request ON wa_dispatch (request_id);

CREATE TABLE wa_dispatch_target (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispatch_id           BIGINT         NOT NULL,
    community_code        VARCHAR(40)    NOT NULL,
    process_instance_id   VARCHAR(64),
    completed_at          DATETIME(6),
    completed_by          VARCHAR(64),
    feedback              VARCHAR(1000),
    CONSTRAINT uq_wa_dispatch_target UNIQUE (dispatch_id, community_code),
    CONSTRAINT fk_wa_dispatch_target FOREIGN KEY (dispatch_id) REFERENCES wa_dispatch (id)
);
CREATE INDEX ix_wa_dispatch_target_community ON wa_dispatch_target (community_code);

CREATE TABLE wa_dispatch_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispatch_id   BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_wa_dispatch_file FOREIGN KEY (dispatch_id) REFERENCES wa_dispatch (id)
);
CREATE INDEX ix_wa_dispatch_file ON wa_dispatch_file (dispatch_id);

-- Every dispatch the gate refused, whichever path it came by (screen, REST, a process model). Never deleted.
CREATE TABLE wa_refused_dispatch (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempted_at      DATETIME(6)    NOT NULL,
    attempted_by      VARCHAR(64),
    department_code   VARCHAR(40),
    decision_number   VARCHAR(40),
    channel           VARCHAR(10)    NOT NULL,
    title             VARCHAR(200),
    community_codes   VARCHAR(1000)  NOT NULL,
    reason            VARCHAR(30)    NOT NULL,
    detail            VARCHAR(500)
);
CREATE INDEX ix_wa_refused_department ON wa_refused_dispatch (department_code, attempted_at);

-- 双向评价: after the work's end date the community rates the department, and the department each community.
CREATE TABLE wa_evaluation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT         NOT NULL,
    community_code    VARCHAR(40)    NOT NULL,
    direction         VARCHAR(30)    NOT NULL,
    score_one         INT            NOT NULL,
    score_two         INT            NOT NULL,
    score_three       INT            NOT NULL,
    comment_text      VARCHAR(500),
    rated_by          VARCHAR(64)    NOT NULL,
    rated_at          DATETIME(6)    NOT NULL,
    CONSTRAINT uq_wa_evaluation UNIQUE (request_id, community_code, direction),
    CONSTRAINT fk_wa_evaluation_request FOREIGN KEY (request_id) REFERENCES wa_request (id)
);

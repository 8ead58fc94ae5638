-- Base: gap-free counters for readable case and document numbers (one row per counter, updated under a row lock).
CREATE TABLE base_sequence (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    next_value BIGINT       NOT NULL
);

-- Inbox: what each completed task decided, for the case history (Camunda keeps who and when, not the outcome).
CREATE TABLE inbox_task_outcome (
    task_id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    actor               VARCHAR(64)   NOT NULL,
    outcome             VARCHAR(100),
    opinion             VARCHAR(2000),
    completed_at        DATETIME(6)   NOT NULL
);
CREATE INDEX ix_inbox_task_outcome_case ON inbox_task_outcome (process_instance_id);

-- Inbox: 抄送 — a case copied to a staff member for information, read or unread.
CREATE TABLE inbox_carbon_copy (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    process_name        VARCHAR(255),
    business_key        VARCHAR(100),
    case_title          VARCHAR(255),
    recipient           VARCHAR(64)  NOT NULL,
    sender              VARCHAR(64),
    note                VARCHAR(500),
    created_at          DATETIME(6)  NOT NULL,
    read_at             DATETIME(6),
    CONSTRAINT uq_inbox_carbon_copy UNIQUE (process_instance_id, recipient, created_at)
);
CREATE INDEX ix_inbox_carbon_copy_recipient ON inbox_carbon_copy (recipient, read_at);

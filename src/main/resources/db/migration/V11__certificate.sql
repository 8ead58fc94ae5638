-- Certificate issuance (出具证明): a resident's request for a certificate (at the counter or online, by the resident
-- or a recorded agent), the list check's outcome, the community's fact check and the director's approval, and the
-- certificates issued — numbered ZM-<community>-<yyyy>-<seq> without gaps per community and year, the PDF as issued
-- (with the seal used), delivery and revocation. Together the two tables are the register (证明台账): nothing is
-- ever deleted; a refusal stays a request with its reason, a revocation stays a certificate with its reason.

CREATE TABLE crt_request (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_number        VARCHAR(40)    NOT NULL,
    query_code            VARCHAR(6)     NOT NULL,
    community_code        VARCHAR(40)    NOT NULL,
    community_name        VARCHAR(100)   NOT NULL,
    subdistrict_code      VARCHAR(40)    NOT NULL,
    channel               VARCHAR(10)    NOT NULL,
    -- What was asked for: a catalogued entry (code and revision as in force that day), or, for a certificate on
    -- neither list, the name the resident gave (certificate_code NULL).
    certificate_code      VARCHAR(20),
    certificate_revision  INT,
    certificate_name      VARCHAR(300)   NOT NULL,
    purpose               VARCHAR(300)   NOT NULL,
    -- The body that asked the resident for the certificate (索要单位): the 减证便民 figures name who still asks.
    demanded_by           VARCHAR(100),
    details               VARCHAR(1000),
    applicant_name        VARCHAR(50)    NOT NULL,
    applicant_id_number   VARCHAR(18)    NOT NULL,
    applicant_phone       VARCHAR(20)    NOT NULL,
    agent_name            VARCHAR(50),
    agent_id_number       VARCHAR(18),
    agent_phone           VARCHAR(20),
    agent_relation        VARCHAR(50),
    received_by           VARCHAR(64),
    received_at           DATETIME(6)    NOT NULL,
    -- ISSUE, REFUSE or REPLACE (the list check, CertificateCheck.dmn) and the rule that fired.
    check_outcome         VARCHAR(10),
    check_rule            VARCHAR(10),
    check_rule_text       VARCHAR(300),
    status                VARCHAR(20)    NOT NULL,
    home_visit_required   BOOLEAN        NOT NULL,
    due_on                DATE,
    fact_checked_by       VARCHAR(64),
    fact_checked_at       DATETIME(6),
    fact_check_passed     BOOLEAN,
    home_visited          BOOLEAN,
    fact_findings         VARCHAR(1000),
    approved_by           VARCHAR(64),
    approved_at           DATETIME(6),
    approval_comment      VARCHAR(500),
    -- INTAKE (the list check), FACT_CHECK or APPROVAL: where a refusal was decided.
    refused_stage         VARCHAR(12),
    refused_by            VARCHAR(64),
    refused_at            DATETIME(6),
    refusal_reason        VARCHAR(1000),
    refer_to              VARCHAR(500),
    replacement           VARCHAR(20),
    certificate_number    VARCHAR(40),
    process_instance_id   VARCHAR(64),
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_crt_request_number UNIQUE (request_number),
    CONSTRAINT ck_crt_request_channel CHECK (channel IN ('COUNTER', 'ONLINE')),
    CONSTRAINT ck_crt_request_outcome CHECK (check_outcome IN ('ISSUE', 'REFUSE', 'REPLACE'))
);
CREATE INDEX ix_crt_request_community ON crt_request (community_code, received_at);
CREATE INDEX ix_crt_request_status ON crt_request (status, received_at);
CREATE INDEX ix_crt_request_certificate ON crt_request (certificate_code, received_at);
CREATE INDEX ix_crt_request_applicant ON crt_request (applicant_id_number);

-- Evidence the resident handed in (户口簿、租赁合同 …), stored with the request so both commit or roll back together.
CREATE TABLE crt_request_file (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id            BIGINT         NOT NULL,
    file_name             VARCHAR(200)   NOT NULL,
    content_type          VARCHAR(100)   NOT NULL,
    size_bytes            BIGINT         NOT NULL,
    sha256                VARCHAR(64)    NOT NULL,
    content               LONGBLOB       NOT NULL,
    uploaded_by           VARCHAR(64),
    uploaded_at           DATETIME(6)    NOT NULL,
    CONSTRAINT fk_crt_request_file FOREIGN KEY (request_id) REFERENCES crt_request (id)
);
CREATE INDEX ix_crt_request_file ON crt_request_file (request_id);

-- An issued certificate. issue_year and sequence_no give the number; the PDF is kept as issued (with the seal
-- image and QR code), so the archive copy is the document the resident holds. valid_until is NULL for a certificate
-- without a fixed term (长期有效).
CREATE TABLE crt_certificate (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_number    VARCHAR(40)    NOT NULL,
    request_id            BIGINT         NOT NULL,
    community_code        VARCHAR(40)    NOT NULL,
    community_name        VARCHAR(100)   NOT NULL,
    subdistrict_code      VARCHAR(40)    NOT NULL,
    issue_year            INT            NOT NULL,
    sequence_no           BIGINT         NOT NULL,
    certificate_code      VARCHAR(20)    NOT NULL,
    certificate_revision  INT            NOT NULL,
    certificate_name      VARCHAR(300)   NOT NULL,
    holder_name           VARCHAR(50)    NOT NULL,
    holder_id_number      VARCHAR(18)    NOT NULL,
    statement             VARCHAR(2000)  NOT NULL,
    purpose               VARCHAR(300)   NOT NULL,
    issuer_name           VARCHAR(100)   NOT NULL,
    seal_code             VARCHAR(40)    NOT NULL,
    seal_use_id           BIGINT         NOT NULL,
    signed_by             VARCHAR(64)    NOT NULL,
    issued_at             DATETIME(6)    NOT NULL,
    issued_on             DATE           NOT NULL,
    valid_until           DATE,
    pdf                   LONGBLOB       NOT NULL,
    pdf_sha256            VARCHAR(64)    NOT NULL,
    delivered_at          DATETIME(6),
    delivered_by          VARCHAR(64),
    delivery_method       VARCHAR(20),
    revoked_at            DATETIME(6),
    revoked_by            VARCHAR(64),
    revoke_reason         VARCHAR(500),
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_crt_certificate_number UNIQUE (certificate_number),
    CONSTRAINT uq_crt_certificate_sequence UNIQUE (community_code, issue_year, sequence_no),
    CONSTRAINT uq_crt_certificate_request UNIQUE (request_id),
    CONSTRAINT fk_crt_certificate_request FOREIGN KEY (request_id) REFERENCES crt_request (id)
);
CREATE INDEX ix_crt_certificate_issued ON crt_certificate (community_code, issued_on);
CREATE INDEX ix_crt_certificate_holder ON crt_certificate (holder_id_number);

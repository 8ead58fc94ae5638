-- 承接主体库: the providers of purchased services, each on its organisation unit (a PROVIDER unit, or a community's
-- unit for its committee), with its qualifications and its blacklist. Nothing is deleted: a provider is taken out of
-- use, a qualification removed and a blacklist entry lifted with who did it, when and why.

-- A provider's profile. party_organisation: 党组织健全 — such providers are preferred (seed 000 §(五)).
CREATE TABLE ps_provider (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_code               VARCHAR(20)    NOT NULL,
    name                    VARCHAR(100)   NOT NULL,
    kind                    VARCHAR(24)    NOT NULL,
    credit_code             VARCHAR(18)    NOT NULL,
    legal_representative    VARCHAR(40)    NOT NULL,
    contact_person          VARCHAR(40)    NOT NULL,
    contact_mobile          VARCHAR(11)    NOT NULL,
    address                 VARCHAR(200)   NOT NULL,
    established_on          DATE           NOT NULL,
    registration_authority  VARCHAR(100)   NOT NULL,
    party_organisation      BOOLEAN        NOT NULL,
    services                VARCHAR(2000)  NOT NULL,
    active                  BOOLEAN        NOT NULL,
    registered_by           VARCHAR(64)    NOT NULL,
    registered_at           DATETIME(6)    NOT NULL,
    changed_by              VARCHAR(64),
    changed_at              DATETIME(6),
    version                 BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_ps_provider_unit UNIQUE (unit_code),
    CONSTRAINT uq_ps_provider_credit_code UNIQUE (credit_code),
    CONSTRAINT ck_ps_provider_kind CHECK (kind IN ('SOCIAL_ORGANISATION', 'SOCIAL_WORK_AGENCY', 'COMMUNITY_COMMITTEE',
                                                   'ENTERPRISE', 'PUBLIC_INSTITUTION'))
);

-- A qualification (登记证书, 资质证书 …) with its scan; valid_until is NULL for one that does not expire.
CREATE TABLE ps_provider_qualification (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id             BIGINT         NOT NULL,
    name                    VARCHAR(100)   NOT NULL,
    certificate_number      VARCHAR(60)    NOT NULL,
    issuer                  VARCHAR(100)   NOT NULL,
    valid_until             DATE,
    file_name               VARCHAR(200)   NOT NULL,
    content_type            VARCHAR(100)   NOT NULL,
    size_bytes              BIGINT         NOT NULL,
    sha256                  VARCHAR(64)    NOT NULL,
    content                 LONGBLOB       NOT NULL,
    added_by                VARCHAR(64)    NOT NULL,
    added_at                DATETIME(6)    NOT NULL,
    removed_by              VARCHAR(64),
    removed_at              DATETIME(6),
    remove_reason           VARCHAR(300),
    CONSTRAINT fk_ps_provider_qualification FOREIGN KEY (provider_id) REFERENCES ps_provider (id)
);
CREATE INDEX ix_ps_provider_qualification ON ps_provider_qualification (provider_id);

-- A blacklist term (from and until inclusive). A lifted entry no longer counts from the day it was lifted.
CREATE TABLE ps_provider_blacklisting (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id             BIGINT         NOT NULL,
    reason                  VARCHAR(300)   NOT NULL,
    starts_on               DATE           NOT NULL,
    ends_on                 DATE           NOT NULL,
    entered_by              VARCHAR(64)    NOT NULL,
    entered_at              DATETIME(6)    NOT NULL,
    lifted_by               VARCHAR(64),
    lifted_at               DATETIME(6),
    lift_reason             VARCHAR(300),
    CONSTRAINT fk_ps_provider_blacklisting FOREIGN KEY (provider_id) REFERENCES ps_provider (id),
    CONSTRAINT ck_ps_provider_blacklisting_term CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_ps_provider_blacklisting ON ps_provider_blacklisting (provider_id, ends_on);

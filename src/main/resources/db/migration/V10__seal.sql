-- Seals (印章管理): each community's or subdistrict's seals, each with its scope list (印章使用范围清单) and the log of
-- every use (用印登记). The end of the all-purpose seal (万能章): a seal is applied only to a numbered document, for a
-- use on its list, and every use is a row here. Nothing is deleted: a seal is retired with its reason, a use leaves
-- the scope list with its reason, and the log only grows.

-- A seal as engraved: code SEAL-<unit>-<nn>, the inscription (e.g. 云溪县城关街道和平社区居民委员会), its kind and the
-- image printed on documents (PNG with a transparent background, with its SHA-256 to show it never changed).
CREATE TABLE seal_seal (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)    NOT NULL,
    owner_unit_code   VARCHAR(40)    NOT NULL,
    name              VARCHAR(100)   NOT NULL,
    kind              VARCHAR(20)    NOT NULL,
    image             LONGBLOB       NOT NULL,
    image_sha256      VARCHAR(64)    NOT NULL,
    keeper            VARCHAR(64),
    active            BOOLEAN        NOT NULL,
    registered_by     VARCHAR(64)    NOT NULL,
    registered_at     DATETIME(6)    NOT NULL,
    retired_by        VARCHAR(64),
    retired_at        DATETIME(6),
    retire_reason     VARCHAR(300),
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_seal_seal_code UNIQUE (code),
    CONSTRAINT ck_seal_seal_kind CHECK (kind IN ('OFFICIAL', 'CERTIFICATE')),
    CONSTRAINT ck_seal_seal_retired CHECK (active OR retired_at IS NOT NULL)
);
CREATE INDEX ix_seal_seal_owner ON seal_seal (owner_unit_code, active);

-- One use on a seal's scope list, e.g. certificate:CE-031 居(租)住证明, from when it was added until it is removed;
-- a use added again after its removal is a new row, so the list's history stays readable.
CREATE TABLE seal_scope (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    seal_id           BIGINT         NOT NULL,
    use_code          VARCHAR(60)    NOT NULL,
    use_name          VARCHAR(300)   NOT NULL,
    added_by          VARCHAR(64)    NOT NULL,
    added_at          DATETIME(6)    NOT NULL,
    add_reason        VARCHAR(300),
    removed_by        VARCHAR(64),
    removed_at        DATETIME(6),
    remove_reason     VARCHAR(300),
    CONSTRAINT fk_seal_scope_seal FOREIGN KEY (seal_id) REFERENCES seal_seal (id)
);
CREATE INDEX ix_seal_scope_use ON seal_scope (seal_id, use_code);

-- 用印登记: one row per document sealed, written in the transaction of the work that seals it (e.g. a certificate's
-- issue), so a use that is rolled back leaves no row. A document is sealed once for a use by its unit, whichever of
-- the unit's seals did it.
CREATE TABLE seal_use (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    seal_id             BIGINT         NOT NULL,
    seal_code           VARCHAR(40)    NOT NULL,
    owner_unit_code     VARCHAR(40)    NOT NULL,
    use_code            VARCHAR(60)    NOT NULL,
    use_name            VARCHAR(300)   NOT NULL,
    document_reference  VARCHAR(100)   NOT NULL,
    used_by             VARCHAR(64)    NOT NULL,
    used_at             DATETIME(6)    NOT NULL,
    CONSTRAINT uq_seal_use_document UNIQUE (owner_unit_code, use_code, document_reference),
    CONSTRAINT fk_seal_use_seal FOREIGN KEY (seal_id) REFERENCES seal_seal (id)
);
CREATE INDEX ix_seal_use_seal ON seal_use (seal_id, used_at);
CREATE INDEX ix_seal_use_unit ON seal_use (owner_unit_code, used_at);
CREATE INDEX ix_seal_use_time ON seal_use (used_at);

-- Base: audit trail of denials and personal-data reads. Nothing here is ever updated or deleted by the app.
CREATE TABLE base_audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target      VARCHAR(200),
    outcome     VARCHAR(16)   NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX ix_base_audit_event_time ON base_audit_event (occurred_at);
CREATE INDEX ix_base_audit_event_actor ON base_audit_event (actor);

-- Identity: roles, the organisation tree and staff with their role assignments.
CREATE TABLE identity_role (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(80)  NOT NULL,
    unit_kinds VARCHAR(100) NOT NULL,
    builtin    BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE identity_org_unit (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(20) NOT NULL,
    name      VARCHAR(60) NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    parent_id BIGINT,
    active    BOOLEAN     NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT uq_identity_org_unit_code UNIQUE (code),
    CONSTRAINT fk_identity_org_unit_parent FOREIGN KEY (parent_id) REFERENCES identity_org_unit (id)
);

CREATE TABLE identity_staff (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(32)  NOT NULL,
    display_name    VARCHAR(40)  NOT NULL,
    phone           VARCHAR(11),
    password_hash   VARCHAR(100) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    service_account BOOLEAN      NOT NULL,
    failed_attempts INT          NOT NULL,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_identity_staff_username UNIQUE (username)
);

CREATE TABLE identity_role_assignment (
    staff_id    BIGINT      NOT NULL,
    org_unit_id BIGINT      NOT NULL,
    role_code   VARCHAR(32) NOT NULL,
    CONSTRAINT pk_identity_role_assignment PRIMARY KEY (staff_id, org_unit_id, role_code),
    CONSTRAINT fk_identity_role_assignment_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id) ON DELETE CASCADE,
    CONSTRAINT fk_identity_role_assignment_unit FOREIGN KEY (org_unit_id) REFERENCES identity_org_unit (id),
    CONSTRAINT fk_identity_role_assignment_role FOREIGN KEY (role_code) REFERENCES identity_role (code)
);
CREATE INDEX ix_identity_role_assignment_unit ON identity_role_assignment (org_unit_id);

-- The built-in roles the processes refer to. Administrators may rename them and add roles; built-ins stay.
INSERT INTO identity_role (code, name_zh, name_en, unit_kinds, builtin, version) VALUES
    ('front-desk',      '窗口人员',     'Front-desk staff',         'COUNTY,SUBDISTRICT,COMMUNITY', TRUE, 0),
    ('dept-handler',    '部门经办人',   'Department handler',       'DEPARTMENT',                   TRUE, 0),
    ('dept-reviewer',   '部门审核人',   'Department reviewer',      'DEPARTMENT',                   TRUE, 0),
    ('director',        '社区书记/主任', 'Community director',       'COMMUNITY',                    TRUE, 0),
    ('civil-reviewer',  '民政审核人',   'Civil-affairs reviewer',   'DEPARTMENT,SUBDISTRICT',       TRUE, 0),
    ('project-manager', '项目经理',     'Project manager',          'DEPARTMENT,SUBDISTRICT,COMMUNITY', TRUE, 0),
    ('evaluator',       '评估员',       'Evaluator',                'COUNTY,DEPARTMENT',            TRUE, 0),
    ('admin',           '系统管理员',   'System administrator',     'COUNTY',                       TRUE, 0);

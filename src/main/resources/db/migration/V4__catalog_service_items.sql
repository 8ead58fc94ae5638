-- Catalog: 事项目录 — service items, their required materials and countersigning departments. Departments are
-- identity org-unit codes held as strings: modules share no foreign keys. Items are deactivated, never deleted.
CREATE TABLE cat_service_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(20)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    department_code  VARCHAR(20)   NOT NULL,
    legal_days       INT,
    promised_days    INT           NOT NULL,
    channels         VARCHAR(100)  NOT NULL,
    two_level_review BOOLEAN       NOT NULL,
    site_visit_days  INT           NOT NULL,
    legal_basis      VARCHAR(1000),
    active           BOOLEAN       NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    changed_by       VARCHAR(64)   NOT NULL,
    changed_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_cat_service_item_code UNIQUE (code)
);
CREATE INDEX ix_cat_service_item_department ON cat_service_item (department_code);

-- Materials in display order (position 1, 2, …); the code (M1, M2, …) stays with a material when rows are reordered.
CREATE TABLE cat_item_material (
    item_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    code      VARCHAR(10)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    form      VARCHAR(20)  NOT NULL,
    copies    INT          NOT NULL,
    mandatory BOOLEAN      NOT NULL,
    notes     VARCHAR(200),
    CONSTRAINT pk_cat_item_material PRIMARY KEY (item_id, position),
    CONSTRAINT fk_cat_item_material_item FOREIGN KEY (item_id) REFERENCES cat_service_item (id) ON DELETE CASCADE
);

-- 会签: departments that sign besides the responsible one.
CREATE TABLE cat_item_countersign (
    item_id         BIGINT      NOT NULL,
    department_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_cat_item_countersign PRIMARY KEY (item_id, department_code),
    CONSTRAINT fk_cat_item_countersign_item FOREIGN KEY (item_id) REFERENCES cat_service_item (id) ON DELETE CASCADE
);

-- The county's catalogue (shared/data/service_items.csv). Time limits are working days; promised_days 0 = 即办.
-- Two-level review (经办 + 审核) for benefits and assistance, single-level for same-day items and registrations.
-- site_visit_days: 入户调查 and 公示 for 低保 and 特困 (7 working days is common practice), during which the clock stops.
-- SI-013: the 居住证暂行条例 says 15 days without saying working days; kept as the statutory figure, see legal_basis.
INSERT INTO cat_service_item (code, name, department_code, legal_days, promised_days, channels, two_level_review,
                              site_visit_days, legal_basis, active, created_by, created_at, changed_by, changed_at, version) VALUES
    ('SI-001', '城乡居民基本养老保险参保登记', 'DP-RS', NULL, 0, 'COUNTER,ONLINE,ON_BEHALF', FALSE, 0,
     '国发〔2014〕8号《国务院关于建立统一的城乡居民基本养老保险制度的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-002', '城乡居民基本养老保险待遇领取申请', 'DP-RS', NULL, 15, 'COUNTER,ONLINE,ON_BEHALF', TRUE, 0,
     '国发〔2014〕8号《国务院关于建立统一的城乡居民基本养老保险制度的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-003', '城乡居民基本医疗保险参保登记', 'DP-YB', NULL, 0, 'COUNTER,ONLINE,ON_BEHALF', FALSE, 0,
     '《中华人民共和国社会保险法》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-004', '最低生活保障申请', 'DP-MZ', NULL, 20, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 7,
     '《社会救助暂行办法》；民发〔2021〕57号《最低生活保障审核确认办法》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-005', '特困人员救助供养申请', 'DP-MZ', NULL, 20, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 7,
     '《社会救助暂行办法》；民发〔2021〕43号《特困人员认定办法》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-006', '临时救助申请', 'DP-MZ', NULL, 10, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '国发〔2014〕47号《国务院关于全面建立临时救助制度的通知》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-007', '医疗救助申请', 'DP-YB', NULL, 10, 'COUNTER,ON_BEHALF', TRUE, 0,
     '国办发〔2021〕42号《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-008', '困难残疾人生活补贴申请', 'DP-MZ', NULL, 15, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '国发〔2015〕52号《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-009', '重度残疾人护理补贴申请', 'DP-MZ', NULL, 15, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '国发〔2015〕52号《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-010', '残疾人证申领', 'DP-CL', NULL, 20, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '《中华人民共和国残疾人证管理办法》（中国残联）', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-011', '高龄津贴申请', 'DP-MZ', NULL, 15, 'COUNTER,ONLINE,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '省级高龄津贴制度（年龄起点和标准各地不同）', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-012', '老年人优待证办理', 'DP-MZ', NULL, 0, 'COUNTER,ONLINE,ON_BEHALF', FALSE, 0,
     '《中华人民共和国老年人权益保障法》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-013', '居住证办理', 'DP-GA', 15, 10, 'COUNTER,ONLINE', FALSE, 0,
     '国务院令第663号《居住证暂行条例》（法定时限为“15日”，非工作日口径）', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-014', '就业登记/失业登记', 'DP-RS', NULL, 0, 'COUNTER,ONLINE,ON_BEHALF', FALSE, 0,
     '《就业服务与就业管理规定》（劳动和社会保障部令第28号及后续修订）', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-015', '生育登记', 'DP-WJ', NULL, 0, 'COUNTER,ONLINE,ON_BEHALF', FALSE, 0,
     '《中华人民共和国人口与计划生育法》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-016', '孤儿基本生活保障金申请', 'DP-MZ', NULL, 20, 'COUNTER,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '国办发〔2010〕54号《国务院办公厅关于加强孤儿保障工作的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-017', '事实无人抚养儿童认定申请', 'DP-MZ', NULL, 20, 'COUNTER,ON_BEHALF,HOME_VISIT', TRUE, 0,
     '民发〔2019〕62号《关于进一步加强事实无人抚养儿童保障工作的意见》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-018', '公共租赁住房申请', 'DP-ZJ', NULL, 20, 'COUNTER,ONLINE,ON_BEHALF', TRUE, 0,
     '住房城乡建设部令第11号《公共租赁住房管理办法》', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-019', '退役军人优待证申领', 'DP-TY', NULL, 20, 'COUNTER,ONLINE,ON_BEHALF', FALSE, 0,
     '退役军人优待证制度（退役军人事务部）', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0),
    ('SI-020', '法律援助申请', 'DP-SF', 7, 7, 'COUNTER,ONLINE,ON_BEHALF', TRUE, 0,
     '《中华人民共和国法律援助法》；《办理法律援助案件程序规定》第十三条（7个工作日审查）', TRUE, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 0);

-- 民政 leads the two disability subsidies, 残联 co-signs (国发〔2015〕52号).
INSERT INTO cat_item_countersign (item_id, department_code)
SELECT id, 'DP-CL' FROM cat_service_item WHERE code IN ('SI-008', 'SI-009');

-- Identity documents: original shown, one copy kept. Application forms: one original. Materials another department's
-- data already proves are listed as optional with that note (可数据共享的免交), so the window does not ask for them.
INSERT INTO cat_item_material (item_id, position, code, name, form, copies, mandatory, notes) VALUES
    ((SELECT id FROM cat_service_item WHERE code = 'SI-001'), 1, 'M1', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-001'), 2, 'M2', '城乡居民基本养老保险参保登记表', 'ORIGINAL', 1, TRUE, NULL),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-002'), 1, 'M1', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-002'), 2, 'M2', '待遇领取申请表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-002'), 3, 'M3', '社会保障卡或本人银行账户', 'COPY', 1, TRUE, '用于发放待遇'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-003'), 1, 'M1', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-003'), 2, 'M2', '参保登记表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-003'), 3, 'M3', '资助参保身份证明（低保、特困、残疾等）', 'COPY', 1, FALSE, '由部门数据共享核验，可数据共享的免交'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-004'), 1, 'M1', '申请书', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-004'), 2, 'M2', '家庭成员居民身份证和户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-004'), 3, 'M3', '家庭收入和财产状况申报', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-004'), 4, 'M4', '家庭经济状况核对授权书', 'ORIGINAL', 1, TRUE, '家庭成员均须签字'),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-004'), 5, 'M5', '残疾、重病等特殊情况材料', 'COPY', 1, FALSE, '可数据共享的免交'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-005'), 1, 'M1', '申请书', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-005'), 2, 'M2', '居民身份证和户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-005'), 3, 'M3', '劳动能力、残疾或年龄相关材料', 'COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-005'), 4, 'M4', '家庭经济状况核对授权书', 'ORIGINAL', 1, TRUE, NULL),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-006'), 1, 'M1', '申请书', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-006'), 2, 'M2', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-006'), 3, 'M3', '遭遇困难情况说明及相关材料', 'COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-006'), 4, 'M4', '家庭经济状况核对授权书', 'ORIGINAL', 1, FALSE, '急难情形可先行救助后补交'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-007'), 1, 'M1', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-007'), 2, 'M2', '医疗费用票据或结算单', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-007'), 3, 'M3', '救助对象身份证明', 'COPY', 1, FALSE, '由民政数据共享核验，可数据共享的免交'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-008'), 1, 'M1', '申请表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-008'), 2, 'M2', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-008'), 3, 'M3', '第二代中华人民共和国残疾人证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-008'), 4, 'M4', '低保等困难身份证明', 'COPY', 1, FALSE, '由数据共享核验，可数据共享的免交'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-009'), 1, 'M1', '申请表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-009'), 2, 'M2', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-009'), 3, 'M3', '第二代中华人民共和国残疾人证', 'ORIGINAL_AND_COPY', 1, TRUE, '残疾等级一级、二级等按地方规定'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-010'), 1, 'M1', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-010'), 2, 'M2', '近期免冠照片', 'ORIGINAL', 2, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-010'), 3, 'M3', '残疾人证申请表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-010'), 4, 'M4', '指定评定机构出具的残疾评定结果', 'ORIGINAL', 1, TRUE, NULL),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-011'), 1, 'M1', '居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-011'), 2, 'M2', '社会保障卡或本人银行账户', 'COPY', 1, TRUE, '多地已“免申即享”'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-012'), 1, 'M1', '居民身份证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-012'), 2, 'M2', '近期免冠照片', 'ORIGINAL', 1, FALSE, '也可现场采集'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-013'), 1, 'M1', '居民身份证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-013'), 2, 'M2', '近期照片', 'ORIGINAL', 1, FALSE, '也可现场采集'),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-013'), 3, 'M3', '居住地住址证明（房产证明或租赁合同等）', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-013'), 4, 'M4', '就业、就读等证明', 'COPY', 1, FALSE, '按地方规定'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-014'), 1, 'M1', '居民身份证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-014'), 2, 'M2', '就业创业证', 'ORIGINAL', 1, FALSE, '已有的须提交'),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-014'), 3, 'M3', '劳动合同或离职材料', 'COPY', 1, FALSE, '按地方规定'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-015'), 1, 'M1', '夫妻双方居民身份证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-015'), 2, 'M2', '户口簿', 'ORIGINAL_AND_COPY', 1, FALSE, '按地方规定'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-016'), 1, 'M1', '申请表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-016'), 2, 'M2', '儿童居民身份证或户口簿', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-016'), 3, 'M3', '父母死亡证明或人民法院宣告死亡、失踪判决书', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-017'), 1, 'M1', '申请书', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-017'), 2, 'M2', '儿童及父母身份证件', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-017'), 3, 'M3', '父母重残、重病、服刑、强制隔离戒毒、失联等相关材料', 'COPY', 1, FALSE, '可部门核查的免交'),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-018'), 1, 'M1', '申请表', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-018'), 2, 'M2', '家庭成员身份证明', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-018'), 3, 'M3', '住房状况说明', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-018'), 4, 'M4', '收入和财产状况申报及核对授权', 'ORIGINAL', 1, TRUE, NULL),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-019'), 1, 'M1', '居民身份证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-019'), 2, 'M2', '退役证件或相关身份材料', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-019'), 3, 'M3', '近期免冠照片', 'ORIGINAL', 1, TRUE, NULL),

    ((SELECT id FROM cat_service_item WHERE code = 'SI-020'), 1, 'M1', '居民身份证', 'ORIGINAL_AND_COPY', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-020'), 2, 'M2', '经济困难状况说明（个人诚信承诺）', 'ORIGINAL', 1, TRUE, NULL),
    ((SELECT id FROM cat_service_item WHERE code = 'SI-020'), 3, 'M3', '与所申请事项有关的案件材料', 'COPY', 1, TRUE, NULL);

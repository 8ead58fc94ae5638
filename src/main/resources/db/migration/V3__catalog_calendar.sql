-- Catalog: the working-day calendar (工作日历). Only exceptions to the week are stored: statutory holidays (HOLIDAY,
-- a day off even on a weekday) and make-up working days (MAKEUP_WORKDAY, 调休: a weekend day that is worked). Dates not
-- listed follow the week (Mon–Fri work, Sat–Sun rest); a year without any row falls back to Mon–Fri and the calendar
-- screen says so. Administrators maintain the rows (工作日历 screen, CSV import per year).
CREATE TABLE cat_calendar_day (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_date DATE         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(50)  NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_cat_calendar_day_date UNIQUE (calendar_date),
    CONSTRAINT ck_cat_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
);

-- 2026, copied row for row from the project's reference data (holidays_2026.csv).
-- Source: 国务院办公厅关于2026年部分节假日安排的通知, published 2025-11-04. Later years come from each year's notice,
-- loaded by an administrator (no migration per year).
INSERT INTO cat_calendar_day (calendar_date, kind, name, changed_by, changed_at, version) VALUES
    (DATE '2026-01-01', 'HOLIDAY', '元旦', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-01-02', 'HOLIDAY', '元旦', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-01-03', 'HOLIDAY', '元旦', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-01-04', 'MAKEUP_WORKDAY', '元旦调休上班', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-14', 'MAKEUP_WORKDAY', '春节调休上班', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-15', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-16', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-17', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-18', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-19', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-20', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-21', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-22', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-23', 'HOLIDAY', '春节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-02-28', 'MAKEUP_WORKDAY', '春节调休上班', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-04-04', 'HOLIDAY', '清明节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-04-05', 'HOLIDAY', '清明节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-04-06', 'HOLIDAY', '清明节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-05-01', 'HOLIDAY', '劳动节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-05-02', 'HOLIDAY', '劳动节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-05-03', 'HOLIDAY', '劳动节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-05-04', 'HOLIDAY', '劳动节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-05-05', 'HOLIDAY', '劳动节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休上班', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-06-19', 'HOLIDAY', '端午节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-06-20', 'HOLIDAY', '端午节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-06-21', 'HOLIDAY', '端午节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-09-20', 'MAKEUP_WORKDAY', '国庆节调休上班', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-09-25', 'HOLIDAY', '中秋节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-09-26', 'HOLIDAY', '中秋节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-09-27', 'HOLIDAY', '中秋节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-01', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-02', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-03', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-04', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-05', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-06', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-07', 'HOLIDAY', '国庆节', 'system', TIMESTAMP '2025-11-04 00:00:00', 0),
    (DATE '2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休上班', 'system', TIMESTAMP '2025-11-04 00:00:00', 0);

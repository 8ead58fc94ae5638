package org.tongban.catalog;

import java.util.Locale;

/** What a calendar entry makes of its day: 节假日 (a day off, even on a weekday) or 调休上班日 (a worked weekend day). */
public enum CalendarDayKind {
    HOLIDAY, MAKEUP_WORKDAY;

    /** The message key of its Chinese/English name. */
    public String messageKey() {
        return "calendar.kind." + code();
    }

    /** The lower-case code used in CSV files: {@code holiday}, {@code makeup_workday}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.tongban.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

/** Converts between the engine's {@link Date}s and local date-times in the platform's zone. */
final class EngineTime {

    private EngineTime() {
    }

    static LocalDateTime toLocal(Date date, Clock clock) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
    }

    static Date startOfDay(LocalDate day, Clock clock) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}

package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.base.BusinessException;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarDayKind;

/** The rules of one calendar entry, for the dialog's save and for each line of an import alike. */
final class EntryRules {

    private EntryRules() {
    }

    /** A broken rule: message key and arguments. */
    record Problem(String messageKey, Object... arguments) {

        BusinessException toException() {
            return BusinessException.invalid(messageKey, arguments);
        }

        MessageSourceResolvable toResolvable() {
            return new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments, messageKey);
        }
    }

    /** Trims, and turns blank into null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The first rule {@code date}, {@code kind} and the cleaned {@code name} break, if any. */
    static Optional<Problem> check(LocalDate date, CalendarDayKind kind, String name) {
        if (date == null) {
            return Optional.of(new Problem("calendar.error.date-required"));
        }
        if (kind == null) {
            return Optional.of(new Problem("calendar.error.kind-required"));
        }
        if (name == null) {
            return Optional.of(new Problem("calendar.error.name-required"));
        }
        if (name.length() > CalendarAdministration.NAME_MAX) {
            return Optional.of(new Problem("calendar.error.name-too-long", CalendarAdministration.NAME_MAX));
        }
        if (kind == CalendarDayKind.MAKEUP_WORKDAY && WorkingCalendar.isWeekday(date)) {
            return Optional.of(new Problem("calendar.error.makeup-on-weekday", date.toString(), weekday(date)));
        }
        return Optional.empty();
    }

    /** The weekday's name in the reader's language, e.g. 星期六. */
    static MessageSourceResolvable weekday(LocalDate date) {
        String key = "calendar.weekday." + date.getDayOfWeek().getValue();
        return new DefaultMessageSourceResolvable(new String[] {key}, null, key);
    }

    static MessageSourceResolvable kindName(CalendarDayKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, null, kind.messageKey());
    }
}

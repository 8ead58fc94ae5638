package org.tongban.catalog.ui;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

import org.tongban.base.BusinessException;

/** What the calendar screens share: date pickers that read like Chinese calendars, refusals and weekdays as text. */
final class CalendarUi {

    private CalendarUi() {
    }

    /** ISO dates, month and day names of the reader's language, weeks from Monday. */
    static DatePicker datePicker(Component owner, String label) {
        DatePicker picker = new DatePicker(label);
        // The UI's language until set otherwise.
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(picker.getLocale());
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(owner.getTranslation("calendar.today"))
                .setCancel(owner.getTranslation("action.cancel")));
        return picker;
    }

    static String weekday(Component owner, LocalDate date) {
        return owner.getTranslation("calendar.weekday." + date.getDayOfWeek().getValue());
    }

    static String text(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }
}

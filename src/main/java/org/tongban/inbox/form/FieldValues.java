package org.tongban.inbox.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.tongban.inbox.form.FormComponent.DateSubtype;

/** Reading raw values (JSON-like, as the REST API and the UI hand them in) into the types the rules work with. */
final class FieldValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private FieldValues() {
    }

    /** Nothing filled in: {@code null}, a blank string or an empty list. */
    static boolean isMissing(Object value) {
        return value == null
                || value instanceof CharSequence text && text.toString().isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty();
    }

    /** A finite number, given as a number or as a numeric string ("12.5" from JSON is fine). */
    static Optional<BigDecimal> toNumber(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Optional.of(BigDecimal.valueOf(number)) : Optional.empty();
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (value instanceof String text) {
            try {
                return Optional.of(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A list whose every element is a string; anything else is not a checklist value. */
    static Optional<List<String>> toStringList(Object value) {
        if (!(value instanceof Collection<?> collection)) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>(collection.size());
        for (Object element : collection) {
            if (!(element instanceof String string)) {
                return Optional.empty();
            }
            strings.add(string);
        }
        return Optional.of(List.copyOf(strings));
    }

    static DateTimeFormatter formatter(DateSubtype subtype) {
        return switch (subtype) {
            case DATE -> DATE;
            case TIME -> TIME;
            case DATETIME -> DATE_TIME;
        };
    }

    /** The date, time or date-time a {@code datetime} value stands for, in its strict ISO form only. */
    static Optional<TemporalAccessor> toTemporal(DateSubtype subtype, String text) {
        try {
            return Optional.of(switch (subtype) {
                case DATE -> LocalDate.parse(text, DATE);
                case TIME -> LocalTime.parse(text, TIME);
                case DATETIME -> LocalDateTime.parse(text, DATE_TIME);
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String format(DateSubtype subtype, TemporalAccessor value) {
        return formatter(subtype).format(value);
    }
}

package org.tongban.catalog.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;

/**
 * Puts a service's refusal next to the field it concerns, found by the start of its message key after the list's
 * prefix; anything else (a conflict, nothing changed) is a notification.
 */
final class FieldRefusals {

    private final Component owner;
    private final String errorPrefix;
    /** By the start of the key after the prefix; where one start begins another, the longer comes first. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldRefusals(Component owner, String errorPrefix) {
        this.owner = owner;
        this.errorPrefix = errorPrefix;
    }

    FieldRefusals on(String keyStart, HasValidation field) {
        fields.put(keyStart, field);
        return this;
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    void show(BusinessException refusal) {
        String message = CalendarUi.text(owner, refusal);
        String key = refusal.messageKey();
        HasValidation field = key.startsWith(errorPrefix) ? fields.entrySet().stream()
                .filter(entry -> key.startsWith(entry.getKey(), errorPrefix.length()))
                .map(Map.Entry::getValue).findFirst().orElse(null) : null;
        if (field == null) {
            Notifications.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}

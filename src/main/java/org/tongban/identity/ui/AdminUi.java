package org.tongban.identity.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import org.tongban.base.BusinessException;
import org.tongban.identity.IdentityRules.Violation;

/** What the administration screens share: rule checks as field validators, refusals as text, dates. */
final class AdminUi {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AdminUi() {
    }

    /** A field validator from one of the rules in {@link org.tongban.identity.IdentityRules}. */
    static Validator<String> rule(Component owner, Function<String, Optional<Violation>> rule) {
        return (value, context) -> rule.apply(value)
                .map(violation -> ValidationResult.error(text(owner, violation)))
                .orElse(ValidationResult.ok());
    }

    static String text(Component owner, Violation violation) {
        return owner.getTranslation(violation.messageKey(), violation.arguments().toArray());
    }

    static String text(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    /** Shows a refusal next to the field it concerns. */
    static void showOn(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static String dateTime(LocalDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    /** The page title: the screen's name, then the application's. */
    static String title(Component owner, String titleKey) {
        return owner.getTranslation(titleKey) + " · " + owner.getTranslation("app.title");
    }
}

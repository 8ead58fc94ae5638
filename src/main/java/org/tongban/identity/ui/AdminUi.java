package org.tongban.identity.ui;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import org.springframework.context.MessageSourceResolvable;
import org.tongban.base.BusinessException;
import org.tongban.identity.IdentityRules.Violation;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.internal.OrgUnitKindNames;

/** What the administration screens share: rule checks as field validators, refusals and lists as text. */
final class AdminUi {

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

    /** Several unit kinds joined in the reader's language, e.g. 县（市）、职能部门. */
    static String kinds(Component owner, Collection<OrgUnitKind> kinds) {
        MessageSourceResolvable list = OrgUnitKindNames.list(kinds);
        return owner.getTranslation(list.getCodes()[0], list.getArguments());
    }

    /** A name with a note in brackets of the reader's language, e.g. 和平社区（社区（村）） or CM001 (community). */
    static String withNote(Component owner, String name, String note) {
        return owner.getTranslation("admin.name-with-note", name, note);
    }

    /** The page title: the screen's name, then the application's. */
    static String title(Component owner, String titleKey) {
        return owner.getTranslation(titleKey) + " · " + owner.getTranslation("app.title");
    }
}

package org.tongban.purchasedservice.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.ServiceProvider;

/** What the provider screens share: refusals as text and next to their field, badges, titles. */
final class ProviderUi {

    static final String ERROR = "purchasedservice.provider.error.";
    static final String MANAGERS = "PROJECT_MANAGER";
    static final String PROVIDERS = "PROVIDER";

    private ProviderUi() {
    }

    static String text(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    static String label(Component owner, String field) {
        return owner.getTranslation("purchasedservice.provider.field." + field);
    }

    /** 在用, 已停用, and 黑名单（至 …） when blacklisted today. */
    static Span status(Component owner, ServiceProvider provider) {
        if (provider.blacklisted()) {
            return badge(owner.getTranslation("purchasedservice.provider.status.blacklisted",
                    provider.blacklistedUntil().toString()), "badge error");
        }
        return provider.active()
                ? badge(owner.getTranslation("purchasedservice.provider.status.active"), "badge success")
                : badge(owner.getTranslation("purchasedservice.provider.status.inactive"), "badge contrast");
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** The page title: the screen's name, then the application's. */
    static String title(Component owner, String titleKey) {
        return owner.getTranslation(titleKey) + " · " + owner.getTranslation("app.title");
    }

    /**
     * Puts a refusal next to the field it concerns, found by the start of its key after
     * {@code purchasedservice.provider.error.} (e.g. {@code contact-mobile-invalid} → the mobile field); anything
     * else is a notification.
     */
    static final class FieldRefusals {

        private final Component owner;
        private final Map<String, HasValidation> fields = new LinkedHashMap<>();

        FieldRefusals(Component owner) {
            this.owner = owner;
        }

        FieldRefusals on(String keyStart, HasValidation field) {
            fields.put(keyStart, field);
            return this;
        }

        void clear() {
            fields.values().forEach(field -> field.setInvalid(false));
        }

        void show(BusinessException refusal) {
            String message = text(owner, refusal);
            String key = refusal.messageKey();
            HasValidation field = key.startsWith(ERROR) ? fields.entrySet().stream()
                    .filter(entry -> key.startsWith(entry.getKey() + "-", ERROR.length()))
                    .map(Map.Entry::getValue).findFirst().orElse(null) : null;
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }
}

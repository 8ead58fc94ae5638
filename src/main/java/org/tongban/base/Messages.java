package org.tongban.base;

import java.util.Locale;

import com.vaadin.flow.server.VaadinSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Translates message keys with the module bundles under {@code i18n/}. Chinese is the default bundle; a missing
 * English key falls back to Chinese rather than to the raw key.
 */
@Component
public class Messages {

    /** The platform's first language. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, Object... arguments) {
        return get(currentLocale(), key, arguments);
    }

    /**
     * The language of whoever the current work is for: the Vaadin session's choice in the UI, the request's
     * Accept-Language in the REST API, Chinese for background work.
     */
    public static Locale currentLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getLocale() != null) {
            return supported(session.getLocale());
        }
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null || context.getLocale() == null ? DEFAULT_LOCALE : supported(context.getLocale());
    }

    private static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }

    public String get(Locale locale, String key, Object... arguments) {
        return messageSource.getMessage(key, arguments, key, locale == null ? DEFAULT_LOCALE : locale);
    }

    public String describe(BusinessException exception, Locale locale) {
        return get(locale, exception.messageKey(), exception.arguments());
    }
}

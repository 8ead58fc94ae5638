package org.tongban.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import org.tongban.base.Messages;

/**
 * The UI language: Simplified Chinese unless the user chose English with the header switch. The choice is kept in
 * a cookie, not taken from the browser, because counter PCs often run English systems.
 */
public final class UiLocales {

    public static final List<Locale> SUPPORTED = List.of(Messages.DEFAULT_LOCALE, Locale.ENGLISH);
    static final String COOKIE = "tongban-lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private UiLocales() {
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Messages.DEFAULT_LOCALE;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return parse(cookie.getValue()).orElse(Messages.DEFAULT_LOCALE);
            }
        }
        return Messages.DEFAULT_LOCALE;
    }

    static Optional<Locale> parse(String tag) {
        return SUPPORTED.stream().filter(locale -> locale.toLanguageTag().equalsIgnoreCase(tag)).findFirst();
    }

    /** Switches the current UI and session, remembers the choice, and reloads so every text is redrawn. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR_SECONDS);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}

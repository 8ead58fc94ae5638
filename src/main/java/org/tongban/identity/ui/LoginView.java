package org.tongban.identity.ui;

import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.tongban.identity.internal.ServiceAccountSignInRefused;

/**
 * 登录 — the sign-in page. Tells locked and disabled accounts, and service accounts (which may use the REST API
 * only), apart from a wrong password; and says why a session ended when an administrator changed the account.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter of a session ended because the account's access changed. */
    public static final String EXPIRED_PARAMETER = "expired";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.error.title", "login.error.bad-credentials"));
        H1 title = new H1(getTranslation("app.title"));
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        // Residents who land here are sent to their own pages (no account needed); a path, not a class: identity
        // does not depend on the modules that serve residents.
        Anchor residents = new Anchor("online", getTranslation("login.residents"));
        residents.setId("login-residents");
        add(title, subtitle, form, residents);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(i18n("login.error.title", lastErrorKey()));
            form.setError(true);
        } else if (parameters.containsKey(EXPIRED_PARAMETER)) {
            form.setI18n(i18n("login.expired.title", "login.expired.message"));
            form.setError(true);
        }
    }

    private String lastErrorKey() {
        HttpSession session = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error instanceof LockedException) {
            return "login.error.locked";
        }
        if (error instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (error instanceof ServiceAccountSignInRefused) {
            return "login.error.service-account";
        }
        return "login.error.bad-credentials";
    }

    private LoginI18n i18n(String errorTitleKey, String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorKey));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}

package org.tongban.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.tongban.identity.internal.ServiceAccountSignInRefused;
import org.tongban.testing.UiTestBase;

/** The login view explains each refusal the sign-in form's failure handler left in the session. */
class LoginViewTests extends UiTestBase {

    @Test
    void showsTheFormInChineseWithoutAnError() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(i18nOf(form)).contains("用户名", "密码", "登录");
    }

    @Test
    void explainsAWrongPassword() {
        assertThat(errorShownFor(new BadCredentialsException("x"))).contains("用户名或密码不正确，请重新输入。");
    }

    @Test
    void explainsALockedAccount() {
        assertThat(errorShownFor(new LockedException("x"))).contains("账户因连续输错密码已被临时锁定");
    }

    @Test
    void explainsADisabledAccount() {
        assertThat(errorShownFor(new DisabledException("x"))).contains("账户已停用，请联系系统管理员。");
    }

    @Test
    void explainsThatServiceAccountsUseTheApi() {
        assertThat(errorShownFor(new ServiceAccountSignInRefused("x"))).contains("接口账号不能登录办理界面，请使用 REST 接口。");
    }

    @Test
    void saysWhyASessionEnded() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.EXPIRED_PARAMETER, ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains("请重新登录", "登录状态已失效");
    }

    private static String errorShownFor(AuthenticationException refusal) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return i18nOf(form);
    }

    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}

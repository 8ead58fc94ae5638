package org.tongban.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Browserless UI tests (Karibu-Testing) on the shared Spring context. Vaadin's view access control reads the
 * request's principal and roles, which a servlet filter would set in a real container; {@link #login} sets both.
 */
@TongbanTest
public abstract class UiTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.tongban");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected SignIn signIn;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user; navigate afterwards so views and the menu are built for that user. */
    protected void login(String username) {
        Authentication authentication = signIn.as(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    protected void logout() {
        SignIn.out();
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }
}

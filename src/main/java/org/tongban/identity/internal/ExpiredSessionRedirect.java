package org.tongban.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.JsonConstants;
import com.vaadin.flow.spring.security.RequestUtil;

import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.tongban.identity.ui.LoginView;

/**
 * Sends the request of an expired session (see {@link StaffSessions}) to the login page, which then says why. A
 * browser navigation is redirected; Vaadin's own requests (UIDL, heartbeat) are background requests that cannot
 * follow a redirect to a page, so they get the client message that makes the Vaadin client load it.
 */
class ExpiredSessionRedirect implements SessionInformationExpiredStrategy {

    static final String EXPIRED_URL = SecurityConfiguration.LOGIN_PATH + "?" + LoginView.EXPIRED_PARAMETER;

    private final RequestUtil vaadinRequests;

    ExpiredSessionRedirect(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String url = request.getContextPath() + EXPIRED_URL;
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            // No caption, message or details: the client goes to the URL at once instead of showing an error.
            response.setContentType(JsonConstants.JSON_CONTENT_TYPE);
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, url));
        } else {
            response.sendRedirect(url);
        }
    }
}

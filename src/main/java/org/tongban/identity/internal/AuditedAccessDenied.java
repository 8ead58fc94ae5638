package org.tongban.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.tongban.base.AuditTrail;

/** Records a request a filter chain refused, with its path (no query: it may hold personal data), then answers it. */
final class AuditedAccessDenied implements AccessDeniedHandler {

    static final String ACTION = "access.denied";

    private final AuditTrail audit;
    private final AccessDeniedHandler answer;

    AuditedAccessDenied(AuditTrail audit, AccessDeniedHandler answer) {
        this.audit = audit;
        this.answer = answer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        audit.denied(ACTION, "path:" + path, request.getMethod());
        answer.handle(request, response, refusal);
    }
}

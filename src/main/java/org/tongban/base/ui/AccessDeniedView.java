package org.tongban.base.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.tongban.base.AuditTrail;

/**
 * A view the user's role may not open: recorded in the audit trail, and shown exactly like an unknown address so the
 * refusal does not reveal that the screen exists.
 */
@Tag("div")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends RouteAccessDeniedError {

    private final transient AuditTrail auditTrail;

    public AccessDeniedView(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        auditTrail.denied("view.open", "view:" + event.getLocation().getPath(), "role may not open this view");
        getElement().setText(getTranslation("error.page-not-found"));
        getElement().getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

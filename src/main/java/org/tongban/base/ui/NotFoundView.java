package org.tongban.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses and, deliberately the same, for views the user's role may not open: a refusal must
 * not reveal that a screen exists.
 */
@Tag("div")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().setText(getTranslation("error.page-not-found"));
        getElement().getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

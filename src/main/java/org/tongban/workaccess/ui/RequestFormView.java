package org.tongban.workaccess.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.identity.Directory;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.SubmittedRequest;

/**
 * 新建准入申请 — a department handler's request. Ctrl+Enter submits; the automatic check answers at once (admitted,
 * refused, or in review) and the handler lands on the request's page.
 */
@Route(RequestFormView.ROUTE)
@RolesAllowed("DEPT_HANDLER")
public class RequestFormView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workaccess/requests/new";
    private static final int RESULT_MILLIS = 10_000;

    private final transient AccessRequests requests;
    private final RequestForm form;

    public RequestFormView(AccessRequests requests, Directory directory) {
        this.requests = requests;
        setMaxWidth("1100px");
        form = new RequestForm(requests.workItems(), directory);
        Button submit = WorkAccessUi.submitButton(getTranslation("workaccess.ui.form.submit"), "wa-submit", this::submit);
        Button back = new Button(getTranslation("workaccess.ui.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(RequestsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("workaccess.ui.form.title")), form, new HorizontalLayout(submit, back));
        form.focus();
    }

    private void submit() {
        SubmittedRequest submitted;
        try {
            submitted = requests.submit(form.draft());
        } catch (BusinessException refused) {
            form.refused(refused);
            return;
        }
        String text = getTranslation("workaccess.ui.form.submitted", submitted.requestNumber(),
                getTranslation(submitted.status().messageKey()), submitted.ruleText() == null ? "" : submitted.ruleText())
                + (submitted.decisionNumber() == null ? ""
                : " " + getTranslation("workaccess.ui.form.decision", submitted.decisionNumber()));
        Notification result = new Notification(text, RESULT_MILLIS, Notification.Position.TOP_CENTER);
        result.addThemeVariants(submitted.status() == RequestStatus.ADMITTED ? NotificationVariant.LUMO_SUCCESS
                : submitted.status() == RequestStatus.REFUSED ? NotificationVariant.LUMO_ERROR
                : NotificationVariant.LUMO_PRIMARY);
        result.open();
        getUI().ifPresent(ui -> ui.navigate(RequestView.class, submitted.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workaccess.ui.form.title") + " · " + getTranslation("app.title");
    }
}

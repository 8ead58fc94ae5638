package org.tongban.workaccess.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.workaccess.AccessRequests;

/**
 * Where the inbox sends review steps (form key {@code app:workaccess/request}): the step is done on its request's
 * page, so this only finds the request and forwards there.
 */
@Route(StepView.ROUTE)
@PermitAll
public class StepView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "workaccess/request";

    private final transient AccessRequests requests;

    public StepView(AccessRequests requests) {
        this.requests = requests;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        try {
            event.forwardTo(RequestView.class, requests.requestOfTask(taskId));
        } catch (BusinessException refused) {
            add(new H2(getTranslation("workaccess.ui.request.title")),
                    WorkAccessUi.refusal(WorkAccessUi.describe(this, refused)));
        }
    }
}

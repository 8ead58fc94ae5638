package org.tongban.inbox.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.inbox.CaseHistory;
import org.tongban.inbox.Cases;

/** 办件详情 — a case's facts and its whole history; refused for cases outside the user's scope. */
@Route(InboxRoutes.CASE)
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient Cases cases;
    private final transient Messages messages;
    private String title = "";

    public CaseView(Cases cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String processInstanceId) {
        removeAll();
        CaseHistory history;
        try {
            history = cases.history(processInstanceId);
        } catch (BusinessException refused) {
            Span refusal = new Span(messages.describe(refused, getLocale()));
            refusal.setId("case-refusal");
            refusal.getElement().getThemeList().add("badge error");
            add(new H2(getTranslation("inbox.title.case")), refusal);
            return;
        }
        title = history.title() == null ? history.processName() : history.title();
        H2 heading = new H2(title);
        heading.setId("case-title");
        add(heading, new CaseHeader(history), new ProcessDiagram(cases.diagram(processInstanceId)),
                new CaseTimeline(history));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("inbox.title.case") : title) + " · " + getTranslation("app.title");
    }
}

package org.tongban.onewindow.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.Cases;
import org.tongban.inbox.ui.CaseTimeline;
import org.tongban.inbox.ui.ProcessDiagram;
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.Provision;

/**
 * 办件详情 — one case for staff in scope: the case, its open step (if it is theirs), handing in corrected materials at
 * the counter, and the applicant's rating at the counter once the result was delivered.
 */
@Route(CaseView.ROUTE)
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "onewindow/case";

    private final transient OneWindowCases cases;
    private final transient Cases caseHistories;
    private final transient Messages messages;
    private long caseId;

    public CaseView(OneWindowCases cases, Cases caseHistories, Messages messages) {
        this.cases = cases;
        this.caseHistories = caseHistories;
        this.messages = messages;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        caseId = id == null ? -1 : id;
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("onewindow.case.title")));
        CaseDetail detail;
        try {
            detail = cases.open(caseId);
        } catch (BusinessException refused) {
            Span refusal = new Span(messages.describe(refused, getLocale()));
            refusal.setId("case-refusal");
            refusal.getElement().getThemeList().add("badge error");
            add(refusal);
            return;
        }
        cases.myOpenTask(caseId).ifPresent(taskId -> {
            Button open = new Button(getTranslation("onewindow.case.open-task"),
                    click -> getUI().ifPresent(ui -> ui.navigate(CaseTaskView.ROUTE + "/" + taskId)));
            open.setId("case-open-task");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(open);
        });
        add(new CasePanel(cases, detail));
        if (detail.status().awaitsMaterials()) {
            add(resubmission(detail));
        }
        if (detail.status() == CaseStatus.DELIVERED) {
            add(counterRating());
        }
        try {
            add(new ProcessDiagram(caseHistories.diagram(detail.processInstanceId())));
            add(new CaseTimeline(caseHistories.history(detail.processInstanceId())));
        } catch (BusinessException notInvolved) {
            // Department staff see the case through its department; its step history needs a task of theirs.
        }
    }

    private VerticalLayout resubmission(CaseDetail detail) {
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("onewindow.case.resubmit")));
        panel.setPadding(false);
        Map<String, Select<Provision>> provisions = new HashMap<>();
        // Every material, not only the missing ones: a notice may ask again for a defective one already provided.
        for (CaseDetail.Material material : detail.materials()) {
            Select<Provision> provision = new Select<>();
            provision.setId("resubmit-provision-" + material.code());
            provision.setLabel(material.name());
            provision.setItems(Provision.ORIGINAL_SEEN, Provision.MISSING);
            provision.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
            provision.setValue(material.provision() == Provision.MISSING ? Provision.MISSING : Provision.ORIGINAL_SEEN);
            provisions.put(material.code(), provision);
            panel.add(provision);
        }
        Button submit = new Button(getTranslation("onewindow.case.resubmit-action"), click -> {
            Map<String, Provision> given = new HashMap<>();
            provisions.forEach((code, select) -> given.put(code, select.getValue()));
            act(() -> cases.resubmit(caseId, given, List.of()), "onewindow.case.resubmitted");
        });
        submit.setId("resubmit-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.add(submit);
        return panel;
    }

    private RatingForm counterRating() {
        return new RatingForm("rating", (rater, level, comment) -> act(
                () -> cases.rateAtCounter(caseId, rater, level, comment), "onewindow.case.rated"));
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
            return;
        }
        Notifications.success(getTranslation(successKey));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onewindow.case.title") + " · " + getTranslation("app.title");
    }
}

package org.tongban.onewindow.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.TaskDetail;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.ui.CaseTimeline;
import org.tongban.inbox.ui.ProcessDiagram;
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.CaseTask;
import org.tongban.onewindow.DeliveryMethod;
import org.tongban.onewindow.HandlingDecision;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.Provision;

/**
 * 办理 one one-window step on the case page: the whole case above, the decision below, the history at the end. The
 * inbox forwards here for tasks whose form key is {@code app:onewindow/task}. Ctrl+Enter submits.
 */
@Route(CaseTaskView.ROUTE)
@PermitAll
public class CaseTaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "onewindow/task";

    private final transient OneWindowCases cases;
    private final transient TaskInbox inbox;
    private final transient org.tongban.inbox.Cases caseHistories;
    private final transient Messages messages;
    private String title = "";
    private String afterSubmit = "tasks";

    public CaseTaskView(OneWindowCases cases, TaskInbox inbox, org.tongban.inbox.Cases caseHistories, Messages messages) {
        this.cases = cases;
        this.inbox = inbox;
        this.caseHistories = caseHistories;
        this.messages = messages;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        try {
            TaskDetail task = inbox.open(taskId);
            CaseTask caseTask = cases.openForTask(taskId);
            show(task, caseTask);
        } catch (BusinessException refused) {
            Span refusal = new Span(messages.describe(refused, getLocale()));
            refusal.setId("task-refusal");
            refusal.getElement().getThemeList().add("badge error");
            add(new H2(getTranslation("inbox.title.task")), refusal);
        }
    }

    private void show(TaskDetail task, CaseTask caseTask) {
        title = task.task().name();
        H2 heading = new H2(task.task().name() + " · " + caseTask.detail().caseNumber());
        heading.setId("task-title");
        add(heading);
        if (task.description() != null) {
            add(new Paragraph(task.description()));
        }
        add(new CasePanel(cases, caseTask.detail()));
        if (task.canComplete()) {
            add(new H3(getTranslation("onewindow.task.decision")));
            add(decision(caseTask));
        } else {
            Span readOnly = new Span(getTranslation("inbox.task.read-only", String.valueOf(task.task().assigneeName())));
            readOnly.setId("task-refusal");
            add(readOnly);
        }
        add(new ProcessDiagram(caseHistories.diagram(caseTask.detail().processInstanceId())));
        if (task.caseHistory() != null) {
            add(new CaseTimeline(task.caseHistory()));
        }
    }

    private Component decision(CaseTask caseTask) {
        String taskId = caseTask.taskId();
        return switch (caseTask.step()) {
            case CaseTask.REVIEW_ACCEPTANCE -> acceptanceReview(taskId, caseTask.detail());
            case CaseTask.HANDLE -> handling(taskId);
            case CaseTask.REVIEW -> review(taskId);
            case CaseTask.REDISPATCH -> redispatch(taskId);
            case CaseTask.DELIVER -> delivery(taskId, caseTask.detail().id());
            default -> new Paragraph(getTranslation("inbox.task.no-form"));
        };
    }

    /** 受理 / 补正 / 不予受理: the correction list starts with every required material not yet provided. */
    private Component acceptanceReview(String taskId, CaseDetail detail) {
        RadioButtonGroup<String> outcome = radio("review-outcome", "accept", "correct", "decline");
        TextArea items = area("review-correction-items", "onewindow.task.correction-items");
        items.setValue(detail.materials().stream()
                .filter(material -> material.mandatory() && material.provision() == Provision.MISSING)
                .map(CaseDetail.Material::name).collect(Collectors.joining("\n")));
        TextField againReason = text("review-again-reason", "onewindow.task.again-reason");
        TextArea reason = area("review-decline-reason", "onewindow.task.decline-reason");
        TextField referTo = text("review-refer-to", "onewindow.task.refer-to");
        TextArea opinion = area("review-opinion", "onewindow.task.opinion");
        Runnable visibility = () -> {
            items.setVisible("correct".equals(outcome.getValue()));
            againReason.setVisible("correct".equals(outcome.getValue()));
            reason.setVisible("decline".equals(outcome.getValue()));
            referTo.setVisible("decline".equals(outcome.getValue()));
        };
        outcome.addValueChangeListener(change -> visibility.run());
        outcome.setValue(items.getValue().isBlank() ? "accept" : "correct");
        visibility.run();
        return form(() -> {
            switch (outcome.getValue()) {
                case "accept" -> cases.accept(taskId, opinion.getValue());
                case "correct" -> cases.requestCorrection(taskId, Arrays.asList(items.getValue().split("\\R")),
                        againReason.getValue());
                case "decline" -> cases.decline(taskId, reason.getValue(), referTo.getValue());
                default -> throw BusinessException.invalid("onewindow.error.handling-decision");
            }
        }, outcome, items, againReason, reason, referTo, opinion);
    }

    private Component handling(String taskId) {
        RadioButtonGroup<HandlingDecision> decision = new RadioButtonGroup<>();
        decision.setId("handle-decision");
        decision.setItems(HandlingDecision.values());
        decision.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        decision.setValue(HandlingDecision.APPROVE);
        TextArea detail = area("handle-detail", "onewindow.task.handle-detail");
        return form(() -> cases.handle(taskId, decision.getValue(), detail.getValue()), decision, detail);
    }

    private Component review(String taskId) {
        RadioButtonGroup<String> outcome = radio("review-confirm", "confirm", "back");
        outcome.setValue("confirm");
        TextArea opinion = area("review-opinion", "onewindow.task.opinion");
        return form(() -> cases.review(taskId, "confirm".equals(outcome.getValue()), opinion.getValue()), outcome, opinion);
    }

    private Component redispatch(String taskId) {
        ComboBox<String> department = new ComboBox<>(getTranslation("onewindow.case.department"));
        department.setId("redispatch-department");
        java.util.Map<String, String> departments = cases.departments();
        department.setItems(departments.keySet());
        department.setItemLabelGenerator(departments::get);
        TextArea reason = area("redispatch-reason", "onewindow.task.redispatch-reason");
        return form(() -> cases.redispatch(taskId, department.getValue(), reason.getValue()), department, reason);
    }

    private Component delivery(String taskId, long caseId) {
        Select<DeliveryMethod> method = new Select<>();
        method.setId("deliver-method");
        method.setLabel(getTranslation("onewindow.task.delivery-method"));
        method.setItems(DeliveryMethod.values());
        method.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        method.setValue(DeliveryMethod.PICKUP);
        TextField tracking = text("deliver-tracking", "onewindow.task.tracking");
        VerticalLayout form = form(() -> cases.deliver(taskId, method.getValue(), tracking.getValue()), method, tracking);
        // After delivery the applicant is usually still at the counter: go to the case page, where they can rate.
        afterSubmit = CaseView.ROUTE + "/" + caseId;
        return form;
    }

    private RadioButtonGroup<String> radio(String id, String... values) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setId(id);
        group.setItems(List.of(values));
        group.setItemLabelGenerator(value -> getTranslation("onewindow.task.outcome." + value));
        return group;
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(2000);
        return area;
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setMaxLength(200);
        return field;
    }

    private VerticalLayout form(Runnable submit, Component... fields) {
        Button send = new Button(getTranslation("inbox.action.submit"), click -> {
            try {
                submit.run();
            } catch (BusinessException refused) {
                Notifications.error(messages.describe(refused, getLocale()));
                return;
            }
            Notifications.success(getTranslation("inbox.notice.completed", title));
            getUI().ifPresent(ui -> ui.navigate(afterSubmit));
        });
        send.setId("task-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        VerticalLayout layout = new VerticalLayout(fields);
        layout.setPadding(false);
        layout.add(new HorizontalLayout(send));
        return layout;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("inbox.title.task") : title) + " · " + getTranslation("app.title");
    }
}

package org.tongban.workaccess.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Facts;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.ui.InboxView;
import org.tongban.workaccess.CommunityWork;

/**
 * 派单任务 — dispatched work in the community's inbox (form key {@code app:workaccess/work}): the access decision it
 * rests on, what to do by when, the department's files, and the report that closes it. Ctrl+Enter reports.
 */
@Route(WorkTaskView.ROUTE)
@PermitAll
public class WorkTaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "workaccess/work";

    private final transient CommunityWork work;
    private String title = "";

    public WorkTaskView(CommunityWork work) {
        this.work = work;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        try {
            show(work.open(taskId));
        } catch (BusinessException refused) {
            add(new H2(getTranslation("workaccess.ui.work.title")),
                    WorkAccessUi.refusal(WorkAccessUi.describe(this, refused)));
        }
    }

    private void show(CommunityWork.DispatchedWork task) {
        title = task.title();
        H2 heading = new H2(task.title());
        heading.setId("wa-work-title");
        // The reassurance a community needs first: this work went through 准入.
        Span decision = WorkAccessUi.badge(getTranslation("workaccess.ui.work.decision", task.decisionNumber()),
                "badge success");
        decision.setId("wa-work-decision");
        add(heading, new HorizontalLayout(decision, new Span(getTranslation("workaccess.ui.work.decision-note"))));
        add(new Facts()
                .text("workaccess.ui.work.number", task.dispatchNumber(), "wa-work-number")
                .text("workaccess.ui.work.department", task.departmentName(), "wa-work-department")
                .text("workaccess.ui.work.community", task.communityName(), null)
                .text("workaccess.ui.work.due", Formats.date(task.dueOn()), "wa-work-due")
                .wide("workaccess.ui.work.instructions", task.instructions(), "wa-work-instructions"));
        if (!task.files().isEmpty()) {
            long dispatchId = task.dispatchId();
            add(new H3(getTranslation("workaccess.ui.work.files")), WorkAccessUi.downloads("wa-work-files", task.files(),
                    fileId -> work.file(dispatchId, fileId)));
        }
        TextArea feedback = WorkAccessUi.textArea(this, "wa-feedback", "workaccess.ui.work.feedback", 1000);
        Button complete = WorkAccessUi.submitButton(getTranslation("workaccess.ui.work.complete"), "wa-work-submit",
                () -> complete(task, feedback.getValue()));
        Button back = new Button(getTranslation("workaccess.ui.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(feedback, new HorizontalLayout(complete, back));
        feedback.focus();
    }

    private void complete(CommunityWork.DispatchedWork task, String feedback) {
        try {
            work.complete(task.taskId(), feedback);
        } catch (BusinessException refused) {
            Notifications.error(WorkAccessUi.describe(this, refused));
            return;
        }
        Notifications.success(getTranslation("workaccess.ui.work.completed", task.title()));
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("workaccess.ui.work.title") : title) + " · "
                + getTranslation("app.title");
    }
}

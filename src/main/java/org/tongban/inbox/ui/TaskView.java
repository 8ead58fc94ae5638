package org.tongban.inbox.ui;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.FormSubmissionRejected;
import org.tongban.inbox.TaskDetail;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.form.RenderedForm;
import org.tongban.inbox.form.VaadinFormRenderer;

/**
 * 办理 — one task on one page: what to do, the form, and the case's whole history. Ctrl+Enter submits. A task outside
 * the user's scope shows the refusal and nothing of the task.
 */
@Route(InboxRoutes.TASK)
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient TaskInbox inbox;
    private final transient VaadinFormRenderer renderer;
    private final transient Messages messages;
    private String taskName = "";

    public TaskView(TaskInbox inbox, VaadinFormRenderer renderer, Messages messages) {
        this.inbox = inbox;
        this.renderer = renderer;
        this.messages = messages;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        try {
            TaskDetail detail = inbox.open(taskId);
            if (detail.page() != null) {
                // The owning module shows this task on its own page (e.g. the one-window case page).
                if (event != null) {
                    event.forwardTo(detail.page() + "/" + taskId);
                } else {
                    getUI().ifPresent(ui -> ui.navigate(detail.page() + "/" + taskId));
                }
                return;
            }
            show(detail);
        } catch (BusinessException refused) {
            add(new H2(getTranslation("inbox.title.task")), refusal(messages.describe(refused, getLocale())), backButton());
        }
    }

    private void show(TaskDetail detail) {
        taskName = detail.task().name();
        H2 title = new H2(detail.task().name() + (detail.task().caseTitle() == null ? "" : " · " + detail.task().caseTitle()));
        title.setId("task-title");
        add(title);
        if (detail.description() != null && !detail.description().isBlank()) {
            add(new Paragraph(detail.description()));
        }
        if (detail.caseHistory() != null) {
            add(new CaseHeader(detail.caseHistory()));
        }
        boolean readOnly = !detail.canComplete();
        if (detail.task().assignee() != null && !detail.task().assignedToMe()) {
            add(refusal(getTranslation("inbox.task.read-only", detail.task().assigneeName())));
        }
        add(claimActions(detail));
        Optional<RenderedForm> form = Optional.ofNullable(detail.form())
                .map(schema -> renderer.render(schema, detail.formValues(), readOnly));
        form.ifPresentOrElse(this::add, () -> add(new Paragraph(getTranslation("inbox.task.no-form"))));
        add(submitActions(detail, form));
        if (detail.caseHistory() != null) {
            add(new CaseTimeline(detail.caseHistory()));
        }
    }

    /** Above the form: taking or giving back the task, before reading a long form. */
    private HorizontalLayout claimActions(TaskDetail detail) {
        HorizontalLayout actions = new HorizontalLayout();
        String taskId = detail.task().id();
        if (detail.canClaim()) {
            Button claim = new Button(getTranslation("inbox.action.claim"), click -> {
                inbox.claim(taskId);
                Notifications.success(getTranslation("inbox.notice.claimed"));
                reload(taskId);
            });
            claim.setId("task-claim");
            claim.setTooltipText(getTranslation("inbox.task.claim-hint"));
            actions.add(claim);
        }
        if (detail.canUnclaim()) {
            Button unclaim = new Button(getTranslation("inbox.action.unclaim"), click -> {
                inbox.unclaim(taskId);
                Notifications.success(getTranslation("inbox.notice.unclaimed"));
                backToInbox();
            });
            unclaim.setId("task-unclaim");
            actions.add(unclaim);
        }
        actions.add(backButton());
        return actions;
    }

    /** Below the form: submitting it (also Ctrl+Enter). */
    private HorizontalLayout submitActions(TaskDetail detail, Optional<RenderedForm> form) {
        HorizontalLayout actions = new HorizontalLayout();
        if (detail.canComplete()) {
            Button submit = new Button(getTranslation("inbox.action.submit"), click -> submit(detail.task().id(), form));
            submit.setId("task-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
            submit.setDisableOnClick(true);
            submit.addClickListener(click -> submit.setEnabled(true));
            actions.add(submit);
        }
        return actions;
    }

    private void submit(String taskId, Optional<RenderedForm> form) {
        Optional<Map<String, Object>> values = form.isPresent() ? form.get().submit() : Optional.of(Map.of());
        if (values.isEmpty()) {
            Notifications.error(getTranslation("inbox.error.form-check"));
            return;
        }
        try {
            inbox.complete(taskId, values.get());
        } catch (FormSubmissionRejected rejected) {
            form.ifPresent(rendered -> rendered.setServerErrors(rejected.fieldErrors()));
            Notifications.error(messages.describe(rejected, getLocale()));
            return;
        }
        Notifications.success(getTranslation("inbox.notice.completed", taskName));
        backToInbox();
    }

    private void reload(String taskId) {
        setParameter(null, taskId);
    }

    private Button backButton() {
        Button back = new Button(getTranslation("inbox.action.back"), click -> backToInbox());
        back.setId("task-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private void backToInbox() {
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private static Span refusal(String text) {
        Span refusal = new Span(text);
        refusal.setId("task-refusal");
        refusal.getElement().getThemeList().add("badge error");
        return refusal;
    }

    @Override
    public String getPageTitle() {
        return (taskName.isEmpty() ? getTranslation("inbox.title.task") : taskName) + " · " + getTranslation("app.title");
    }
}

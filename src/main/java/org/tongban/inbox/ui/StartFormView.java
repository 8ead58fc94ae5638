package org.tongban.inbox.ui;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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
import org.tongban.inbox.Cases;
import org.tongban.inbox.FormSubmissionRejected;
import org.tongban.inbox.StartForm;
import org.tongban.inbox.StartedCase;
import org.tongban.inbox.form.RenderedForm;
import org.tongban.inbox.form.VaadinFormRenderer;

/** The start form of one process; on success the new case's page opens with its number. */
@Route(InboxRoutes.START)
@PermitAll
public class StartFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient Cases cases;
    private final transient VaadinFormRenderer renderer;
    private final transient Messages messages;
    private String processName = "";

    public StartFormView(Cases cases, VaadinFormRenderer renderer, Messages messages) {
        this.cases = cases;
        this.renderer = renderer;
        this.messages = messages;
        setMaxWidth("1000px");
    }

    @Override
    public void setParameter(BeforeEvent event, String processKey) {
        removeAll();
        StartForm startForm;
        try {
            startForm = cases.startForm(processKey);
        } catch (BusinessException refused) {
            Span refusal = new Span(messages.describe(refused, getLocale()));
            refusal.setId("start-refusal");
            refusal.getElement().getThemeList().add("badge error");
            add(new H2(getTranslation("inbox.title.start")), refusal);
            return;
        }
        processName = startForm.processName();
        add(new H2(startForm.processName()));
        RenderedForm form = renderer.render(startForm.form(), Map.of(), false);
        add(form);
        Button submit = new Button(getTranslation("inbox.action.submit-start"), click -> submit(processKey, form));
        submit.setId("start-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("action.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(submit, cancel));
    }

    private void submit(String processKey, RenderedForm form) {
        Optional<Map<String, Object>> values = form.submit();
        if (values.isEmpty()) {
            Notifications.error(getTranslation("inbox.error.form-check"));
            return;
        }
        StartedCase started;
        try {
            started = cases.start(processKey, values.get());
        } catch (FormSubmissionRejected rejected) {
            form.setServerErrors(rejected.fieldErrors());
            Notifications.error(messages.describe(rejected, getLocale()));
            return;
        }
        Notifications.success(getTranslation("inbox.notice.started", started.businessKey()));
        getUI().ifPresent(ui -> ui.navigate(CaseView.class, started.processInstanceId()));
    }

    @Override
    public String getPageTitle() {
        return (processName.isEmpty() ? getTranslation("inbox.title.start") : processName) + " · " + getTranslation("app.title");
    }
}

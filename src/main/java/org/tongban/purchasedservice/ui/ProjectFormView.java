package org.tongban.purchasedservice.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ServiceProjects;

/**
 * 立项 — a project manager's new project, paid from one of the department's budget lines, or answering a proposal
 * from work-item access. Ctrl+Enter submits; the project goes to the finance review at once.
 */
@Route(ProjectFormView.ROUTE)
@RolesAllowed("PROJECT_MANAGER")
public class ProjectFormView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "purchasedservice/projects/new";

    private final transient ServiceProjects projects;
    private final ProjectForm form;

    public ProjectFormView(ServiceProjects projects) {
        this.projects = projects;
        setMaxWidth("1100px");
        List<BudgetLineEntry> lines = projects.budgetLinesForInitiation();
        form = new ProjectForm(lines, projects.openProposals());
        add(new H2(getTranslation("purchasedservice.ui.form.heading")));
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("purchasedservice.ui.form.no-budget-line"));
            none.setId("ps-form-no-line");
            add(none);
        }
        Button submit = Buttons.submit(getTranslation("purchasedservice.ui.form.submit"), "ps-form-submit",
                this::submit);
        Button back = new Button(getTranslation("purchasedservice.ui.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(ProjectsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, new HorizontalLayout(submit, back));
        form.focus();
    }

    private void submit() {
        ProjectReceipt receipt;
        try {
            receipt = projects.initiate(form.draft());
        } catch (BusinessException refused) {
            form.refused(refused);
            return;
        }
        Notifications.success(getTranslation("purchasedservice.ui.form.submitted", receipt.projectNumber()));
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, receipt.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasedservice.ui.form.heading") + " · " + getTranslation("app.title");
    }
}

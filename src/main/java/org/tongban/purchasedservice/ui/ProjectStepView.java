package org.tongban.purchasedservice.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ServiceProjects;

/**
 * Where the inbox sends project steps (form key {@code app:purchasedservice/project}): every step is taken on the
 * project's page, so this only finds the project and forwards there.
 */
@Route(ProjectStepView.ROUTE)
@PermitAll
public class ProjectStepView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "purchasedservice/project";

    private final transient ServiceProjects projects;

    public ProjectStepView(ServiceProjects projects) {
        this.projects = projects;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        try {
            event.forwardTo(ProjectView.class, projects.projectOfTask(taskId));
        } catch (BusinessException refused) {
            add(new H2(getTranslation("purchasedservice.ui.project.title")),
                    PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
        }
    }
}

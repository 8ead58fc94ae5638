package org.tongban.purchasedservice.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.ui.Formats;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Roles;
import org.tongban.purchasedservice.ProjectQuery;
import org.tongban.purchasedservice.ProjectRow;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ServiceProjects;

/**
 * 购买服务项目 — the projects the user may see (a buying unit its own, finance every one), newest first, paged lazily,
 * by number or title and status ({@code ?status=CONTRACTED} opens the list filtered, as the dashboard's stages link
 * to it). Project managers start new projects here.
 */
@Route(ProjectsView.ROUTE)
@Menu(title = ProjectsView.TITLE, order = 25, icon = "vaadin:briefcase")
@RolesAllowed({"PROJECT_MANAGER", "FINANCE_REVIEWER"})
public class ProjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "purchasedservice/projects";
    static final String TITLE = "purchasedservice.ui.menu.projects";
    static final String STATUS_PARAMETER = "status";

    private final transient ServiceProjects projects;
    private final TextField text = new TextField();
    private final Select<ProjectStatus> status = new Select<>();
    private final Grid<ProjectRow> grid = new Grid<>();

    public ProjectsView(ServiceProjects projects, CurrentStaff currentStaff) {
        this.projects = projects;
        setSizeFull();
        text.setId("ps-projects-search");
        text.setPlaceholder(getTranslation("purchasedservice.ui.projects.search"));
        text.setWidth("24em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.setId("ps-projects-status");
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("purchasedservice.ui.projects.status-any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("purchasedservice.ui.projects.status-any")
                : getTranslation(value.messageKey()));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(text, status);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        if (currentStaff.find().map(staff -> staff.hasRole(Roles.PROJECT_MANAGER)).orElse(false)) {
            Button create = new Button(getTranslation("purchasedservice.ui.projects.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ProjectFormView.class)));
            create.setId("ps-projects-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }

        grid.setId("ps-projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ProjectRow::projectNumber).setHeader(getTranslation("purchasedservice.ui.column.number"))
                .setAutoWidth(true);
        grid.addColumn(ProjectRow::title).setHeader(getTranslation("purchasedservice.ui.column.title")).setFlexGrow(3);
        grid.addColumn(ProjectRow::departmentName).setHeader(getTranslation("purchasedservice.ui.column.department"))
                .setFlexGrow(2);
        grid.addColumn(ProjectRow::managerName).setHeader(getTranslation("purchasedservice.ui.column.manager"))
                .setAutoWidth(true);
        grid.addColumn(row -> PurchaseUi.yuan(row.budgetAmount()))
                .setHeader(getTranslation("purchasedservice.ui.column.amount")).setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(row -> PurchaseUi.statusBadge(this, row.status()))
                .setHeader(getTranslation("purchasedservice.ui.column.status")).setAutoWidth(true);
        grid.addColumn(row -> row.method() == null ? "" : getTranslation(row.method().messageKey()))
                .setHeader(getTranslation("purchasedservice.ui.column.method")).setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.createdAt()))
                .setHeader(getTranslation("purchasedservice.ui.column.created")).setAutoWidth(true);
        grid.addColumn(row -> row.bidDeadline() == null ? "" : Formats.dateTime(row.bidDeadline()))
                .setHeader(getTranslation("purchasedservice.ui.column.deadline")).setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, click.getItem().id())));
        grid.setItems(query -> projects.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) projects.count(query()));
        grid.setSizeFull();

        add(new H2(getTranslation(TITLE)), bar, grid);
        text.focus();
    }

    /** A status in the address selects it; an unknown one is ignored and the list shows every status. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setValue(event.getLocation().getQueryParameters().getSingleParameter(STATUS_PARAMETER)
                .flatMap(ProjectsView::status).orElse(null));
    }

    private static Optional<ProjectStatus> status(String name) {
        return Arrays.stream(ProjectStatus.values()).filter(value -> value.name().equals(name)).findFirst();
    }

    private ProjectQuery query() {
        return new ProjectQuery(text.getValue(), status.getValue() == null ? Set.of() : Set.of(status.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

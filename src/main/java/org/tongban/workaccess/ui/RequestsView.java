package org.tongban.workaccess.ui;

import jakarta.annotation.security.RolesAllowed;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Formats;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Roles;
import org.tongban.workaccess.AccessRequestRow;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.RequestQuery;
import org.tongban.workaccess.RequestStatus;

/**
 * 准入申请 — the requests the user may see (a department its own, civil affairs and the county all), newest first,
 * paged lazily, by number, title or decision number and status. Department handlers start new requests here.
 */
@Route(RequestsView.ROUTE)
@Menu(title = RequestsView.TITLE, order = 20, icon = "vaadin:file-text-o")
@RolesAllowed({"DEPT_HANDLER", "DEPT_REVIEWER", "CIVIL_REVIEWER", "COUNTY_APPROVER"})
public class RequestsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workaccess/requests";
    static final String TITLE = "workaccess.ui.menu.requests";

    private final transient AccessRequests requests;
    private final TextField text = new TextField();
    private final Select<RequestStatus> status = new Select<>();
    private final Grid<AccessRequestRow> grid = new Grid<>();

    public RequestsView(AccessRequests requests, CurrentStaff currentStaff) {
        this.requests = requests;
        setSizeFull();
        text.setId("wa-requests-search");
        text.setPlaceholder(getTranslation("workaccess.ui.requests.search"));
        text.setWidth("24em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.setId("wa-requests-status");
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("workaccess.ui.requests.status-any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("workaccess.ui.requests.status-any")
                : getTranslation(value.messageKey()));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(text, status);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        if (currentStaff.find().map(staff -> staff.hasRole(Roles.DEPARTMENT_HANDLER)).orElse(false)) {
            Button create = new Button(getTranslation("workaccess.ui.requests.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(RequestFormView.class)));
            create.setId("wa-requests-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }

        grid.setId("wa-requests-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AccessRequestRow::requestNumber).setHeader(getTranslation("workaccess.ui.column.number"))
                .setAutoWidth(true);
        grid.addColumn(AccessRequestRow::title).setHeader(getTranslation("workaccess.ui.column.title")).setFlexGrow(3);
        grid.addColumn(AccessRequestRow::departmentName).setHeader(getTranslation("workaccess.ui.column.department"))
                .setFlexGrow(2);
        grid.addColumn(row -> Formats.dateTime(row.submittedAt()))
                .setHeader(getTranslation("workaccess.ui.column.submitted")).setAutoWidth(true);
        grid.addComponentColumn(row -> WorkAccessUi.statusBadge(this, row.status()))
                .setHeader(getTranslation("workaccess.ui.column.status")).setAutoWidth(true);
        grid.addColumn(row -> Formats.orEmpty(row.decisionNumber()))
                .setHeader(getTranslation("workaccess.ui.column.decision")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("workaccess.ui.period", Formats.date(row.startOn()), Formats.date(row.endOn())))
                .setHeader(getTranslation("workaccess.ui.column.period")).setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.reviewDueOn()))
                .setHeader(getTranslation("workaccess.ui.column.review-due")).setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, click.getItem().id())));
        grid.setItems(query -> requests.list(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) requests.count(query()));
        grid.setSizeFull();

        add(new H2(getTranslation(TITLE)), bar, grid);
        text.focus();
    }

    private RequestQuery query() {
        return new RequestQuery(text.getValue(), status.getValue(), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

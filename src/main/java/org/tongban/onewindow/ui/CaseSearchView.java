package org.tongban.onewindow.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;
import org.tongban.onewindow.CaseQuery;
import org.tongban.onewindow.CaseRow;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.OneWindowCases;

/**
 * 办件查询 — every case of the user's units and departments, newest first, paged lazily: by case number, applicant
 * name or ID number, item, status, receipt dates, or overdue only. Names and ID numbers are masked in the list.
 */
@Route(CaseSearchView.ROUTE)
@Menu(title = CaseSearchView.TITLE, order = 6, icon = "vaadin:search")
@RolesAllowed({"FRONT_DESK", "DEPT_HANDLER", "DEPT_REVIEWER", "DIRECTOR"})
public class CaseSearchView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "onewindow/cases";
    static final String TITLE = "menu.onewindow.cases";

    private final transient OneWindowCases cases;
    private final TextField text = new TextField();
    private final ComboBox<ServiceItem> item = new ComboBox<>();
    private final Select<CaseStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox overdue = new Checkbox();
    private final Grid<CaseRow> grid = new Grid<>();

    public CaseSearchView(OneWindowCases cases, ServiceCatalogue catalogue) {
        this.cases = cases;
        setSizeFull();
        text.setId("cases-search");
        text.setPlaceholder(getTranslation("onewindow.search.text"));
        text.setWidth("22em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        item.setId("cases-item");
        item.setPlaceholder(getTranslation("onewindow.case.item"));
        item.setItems(catalogue.activeItems());
        item.setItemLabelGenerator(ServiceItem::name);
        item.setClearButtonVisible(true);
        status.setId("cases-status");
        status.setPlaceholder(getTranslation("onewindow.case.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("onewindow.search.any")
                : getTranslation(value.messageKey()));
        status.setEmptySelectionAllowed(true);
        from.setId("cases-from");
        from.setPlaceholder(getTranslation("onewindow.search.from"));
        to.setId("cases-to");
        to.setPlaceholder(getTranslation("onewindow.search.to"));
        overdue.setId("cases-overdue");
        overdue.setLabel(getTranslation("onewindow.search.overdue"));
        HorizontalLayout filters = new HorizontalLayout(text, item, status, from, to, overdue);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseRow::caseNumber).setHeader(getTranslation("onewindow.case.number")).setAutoWidth(true);
        grid.addColumn(CaseRow::itemName).setHeader(getTranslation("onewindow.case.item")).setFlexGrow(2);
        grid.addColumn(row -> row.applicantName() + " " + row.applicantIdNumber())
                .setHeader(getTranslation("onewindow.case.applicant")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("onewindow.case.status")).setFlexGrow(2);
        grid.addColumn(row -> Formats.dateTime(row.receivedAt())).setHeader(getTranslation("onewindow.case.received"));
        grid.addColumn(row -> Formats.date(row.dueOn())).setHeader(getTranslation("onewindow.case.due"));
        grid.addColumn(CaseRow::acceptingUnitName).setHeader(getTranslation("onewindow.case.unit"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CaseView.ROUTE + "/" + click.getItem().id())));
        grid.setItems(query -> cases.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) cases.count(query()));
        grid.setSizeFull();

        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        item.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        overdue.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation(TITLE)), filters, grid);
        text.focus();
    }

    private CaseQuery query() {
        return new CaseQuery(text.getValue(), item.getValue() == null ? null : item.getValue().code(), status.getValue(),
                from.getValue(), to.getValue(), overdue.getValue());
    }

    private Span statusBadge(CaseRow row) {
        Span badge = new Span(getTranslation(row.status().messageKey())
                + (row.overdue() ? " · " + getTranslation("onewindow.search.overdue-badge") : ""));
        badge.getElement().getThemeList().add(row.overdue() ? "badge error" : "badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

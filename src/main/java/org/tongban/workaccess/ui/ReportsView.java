package org.tongban.workaccess.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.workaccess.DispatchRefusal;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.WorkAccessReports;
import org.tongban.workaccess.WorkAccessReports.CategoryRow;
import org.tongban.workaccess.WorkAccessReports.OutcomeRow;
import org.tongban.workaccess.WorkAccessReports.RefusalFigures;
import org.tongban.workaccess.WorkAccessReports.RefusalRow;
import org.tongban.workaccess.WorkAccessReports.RefusedAttempt;
import org.tongban.workaccess.WorkAccessReports.WorkloadRow;

/**
 * 准入统计 — for a date range: refused dispatches per department and reason (the 减负 figure the county watches,
 * so it comes first) with each attempt, requests by outcome, admitted work by category; for a year: each
 * community's expected hours per month. Everything within the viewer's scope, and downloadable as one workbook.
 */
@Route(ReportsView.ROUTE)
@Menu(title = ReportsView.TITLE, order = 23, icon = "vaadin:chart")
@RolesAllowed({"CIVIL_REVIEWER", "COUNTY_APPROVER", "DEPT_HANDLER", "DEPT_REVIEWER"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workaccess/reports";
    static final String TITLE = "workaccess.report.menu";
    private static final int YEARS_BACK = 5;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient WorkAccessReports reports;
    private final transient Messages messages;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Integer> year = new Select<>();
    private final Anchor export = new Anchor();
    private final Grid<RefusalRow> refusals = new Grid<>();
    private final Grid<RefusedAttempt> attempts = new Grid<>();
    private final Grid<OutcomeRow> outcomes = new Grid<>();
    private final Grid<CategoryRow> categories = new Grid<>();
    private final Grid<WorkloadRow> workload = new Grid<>();

    public ReportsView(WorkAccessReports reports, Messages messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setId("reports-from");
        from.setLabel(getTranslation("workaccess.report.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("reports-to");
        to.setLabel(getTranslation("workaccess.report.to"));
        to.setValue(today);
        year.setId("reports-year");
        year.setLabel(getTranslation("workaccess.report.year"));
        year.setItems(IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear() + 1).boxed().toList());
        year.setValue(today.getYear());
        export.setId("reports-export");
        export.setText(getTranslation("workaccess.report.export"));
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, year, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        refusalColumns();
        attemptColumns();
        outcomeColumns();
        categoryColumns();
        workloadColumns();
        add(new H2(getTranslation("workaccess.report.title")), filters, note("workaccess.report.note"),
                new H3(getTranslation("workaccess.report.refusals.title")), note("workaccess.report.refusals.note"),
                refusals, new H3(getTranslation("workaccess.report.attempts.title")), attempts,
                new H3(getTranslation("workaccess.report.outcomes.title")), outcomes,
                new H3(getTranslation("workaccess.report.categories.title")), categories,
                new H3(getTranslation("workaccess.report.workload.heading")), workload);
        refresh();
    }

    private void refusalColumns() {
        setUp(refusals, "reports-refusals");
        refusals.addColumn(row -> row.departmentName() == null
                        ? getTranslation("workaccess.report.no-department") : row.departmentName())
                .setHeader(getTranslation("workaccess.report.department")).setAutoWidth(true);
        for (DispatchRefusal reason : DispatchRefusal.values()) {
            count(refusals.addColumn(row -> row.count(reason)), "workaccess.report.reason." + reason.name());
        }
        count(refusals.addColumn(RefusalRow::total), "workaccess.report.total");
    }

    private void attemptColumns() {
        setUp(attempts, "reports-attempts");
        // Titles and lists of communities can be long: wrap them rather than cut them off.
        attempts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        attempts.addColumn(row -> Formats.dateTime(row.attemptedAt()))
                .setHeader(getTranslation("workaccess.report.attempted-at")).setAutoWidth(true);
        attempts.addColumn(row -> Formats.orEmpty(row.attemptedBy()))
                .setHeader(getTranslation("workaccess.report.attempted-by"));
        attempts.addColumn(row -> row.departmentName() == null
                        ? getTranslation("workaccess.report.no-department") : row.departmentName())
                .setHeader(getTranslation("workaccess.report.department")).setFlexGrow(2);
        attempts.addColumn(row -> Formats.orEmpty(row.decisionNumber()))
                .setHeader(getTranslation("workaccess.report.decision-number")).setAutoWidth(true);
        attempts.addColumn(row -> Formats.orEmpty(row.title()))
                .setHeader(getTranslation("workaccess.report.dispatch-title")).setFlexGrow(2);
        attempts.addColumn(row -> String.join("、", row.communities()))
                .setHeader(getTranslation("workaccess.report.communities")).setFlexGrow(2);
        attempts.addColumn(row -> getTranslation("workaccess.report.reason." + row.reason().name()))
                .setHeader(getTranslation("workaccess.report.reason")).setAutoWidth(true);
        attempts.addColumn(row -> getTranslation("workaccess.report.channel." + row.channel().name()))
                .setHeader(getTranslation("workaccess.report.channel")).setAutoWidth(true);
    }

    private void outcomeColumns() {
        setUp(outcomes, "reports-outcomes");
        outcomes.addColumn(OutcomeRow::departmentName).setHeader(getTranslation("workaccess.report.department"))
                .setAutoWidth(true);
        for (RequestStatus status : RequestStatus.values()) {
            count(outcomes.addColumn(row -> row.count(status)), status.messageKey());
        }
        count(outcomes.addColumn(OutcomeRow::total), "workaccess.report.total");
    }

    private void categoryColumns() {
        setUp(categories, "reports-categories");
        categories.addColumn(CategoryRow::departmentName).setHeader(getTranslation("workaccess.report.department"))
                .setAutoWidth(true);
        count(categories.addColumn(CategoryRow::duty), "workaccess.report.kind.DUTY");
        count(categories.addColumn(CategoryRow::assist), "workaccess.report.kind.ASSIST");
        count(categories.addColumn(CategoryRow::outOfList), "workaccess.report.kind.NONE");
        count(categories.addColumn(CategoryRow::total), "workaccess.report.total");
    }

    private void workloadColumns() {
        setUp(workload, "reports-workload");
        workload.addColumn(WorkloadRow::communityName).setHeader(getTranslation("workaccess.report.community"))
                .setAutoWidth(true).setFrozen(true);
        for (int month = 1; month <= 12; month++) {
            int index = month - 1;
            count(workload.addColumn(row -> hours(row.months().get(index))), "workaccess.report.month", month);
        }
        count(workload.addColumn(row -> hours(row.total())), "workaccess.report.total");
    }

    /** A figure's column: as wide as its header, numbers to the right. */
    private void count(Grid.Column<?> column, String headerKey, Object... arguments) {
        column.setHeader(getTranslation(headerKey, arguments)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private static <T> void setUp(Grid<T> grid, String id) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    private static String hours(BigDecimal value) {
        return value.signum() == 0 ? "" : value.toPlainString();
    }

    private Div note(String key) {
        Div note = new Div();
        note.setText(getTranslation(key));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    private void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        Integer chosenYear = year.getValue();
        try {
            RefusalFigures figures = reports.refusals(start, end);
            refusals.setItems(figures.byDepartment());
            attempts.setItems(figures.attempts());
            outcomes.setItems(reports.outcomes(start, end));
            categories.setItems(reports.admittedByCategory(start, end));
            workload.setItems(chosenYear == null ? List.of() : reports.workload(chosenYear));
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
            export.removeHref();
            return;
        }
        if (chosenYear == null) {
            export.removeHref();
            return;
        }
        String name = getTranslation("workaccess.report.file-name") + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(start)
                + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(end) + "-" + chosenYear + ".xlsx";
        // Built when clicked, so the workbook holds the figures of that moment; StreamResource is on its way out.
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = reports.exportExcel(start, end, chosenYear);
            return new DownloadResponse(new ByteArrayInputStream(workbook), name, XLSX, workbook.length);
        }), AttachmentType.DOWNLOAD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

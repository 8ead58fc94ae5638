package org.tongban.purchasedservice.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Formats;
import org.tongban.purchasedservice.EvaluationGrade;
import org.tongban.purchasedservice.ProjectDashboard;
import org.tongban.purchasedservice.ProjectDashboard.BudgetUse;
import org.tongban.purchasedservice.ProjectDashboard.Figures;
import org.tongban.purchasedservice.ProjectDashboard.MilestoneDue;
import org.tongban.purchasedservice.ProjectDashboard.PendingEvaluation;
import org.tongban.purchasedservice.ProjectDashboard.ProviderGrades;
import org.tongban.purchasedservice.ProjectStatus;

/**
 * 项目看板 — the projects the user may see at a glance: a card per stage that opens the project list filtered by it,
 * the year's budget lines planned against committed, contracted and paid, milestones overdue and due soon, evaluations
 * under way with their deadline, and grades by provider. Rows open the project; the Excel button exports the
 * projects, payments and evaluation results of the same scope.
 */
@Route(ProjectDashboardView.ROUTE)
@Menu(title = ProjectDashboardView.TITLE, order = 24, icon = "vaadin:dashboard")
@RolesAllowed({"PROJECT_MANAGER", "FINANCE_REVIEWER"})
public class ProjectDashboardView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "purchasedservice/dashboard";
    static final String TITLE = "purchasedservice.dashboard.menu";
    private static final int YEARS_BACK = 3;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient ProjectDashboard dashboard;
    private final Select<Integer> year = new Select<>();
    private final Div stages = new Div();
    private final H3 budgetTitle = new H3();
    private final Grid<BudgetUse> budget = new Grid<>();
    private final Div milestoneSummary = new Div();
    private final Grid<MilestoneDue> milestones = new Grid<>();
    private final Div evaluationSummary = new Div();
    private final Grid<PendingEvaluation> evaluations = new Grid<>();
    private final Grid<ProviderGrades> grades = new Grid<>();
    private final VerticalLayout content = new VerticalLayout();
    private LocalDate today;

    public ProjectDashboardView(ProjectDashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        setMaxWidth("1300px");
        int thisYear = LocalDate.now(clock).getYear();
        year.setId("ps-dash-year");
        year.setLabel(getTranslation("purchasedservice.dashboard.year"));
        year.setItems(IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> refresh());
        Anchor export = Downloads.link(getTranslation("purchasedservice.dashboard.export"), true,
                () -> new Downloads.File(getTranslation("purchasedservice.dashboard.file-name") + "-"
                        + LocalDate.now(clock) + ".xlsx", XLSX, dashboard.workbook()));
        export.setId("ps-dash-export");
        HorizontalLayout bar = new HorizontalLayout(year, export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        stages.setId("ps-dash-stages");
        stages.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        budgetColumns();
        milestoneColumns();
        evaluationColumns();
        gradeColumns();
        milestoneSummary.setId("ps-dash-milestone-summary");
        evaluationSummary.setId("ps-dash-evaluation-summary");
        content.setPadding(false);
        content.add(new H3(getTranslation("purchasedservice.dashboard.stages")),
                note(getTranslation("purchasedservice.dashboard.stages.help")), stages, budgetTitle, budget,
                new H3(getTranslation("purchasedservice.dashboard.milestones")), milestoneSummary, milestones,
                new H3(getTranslation("purchasedservice.dashboard.evaluations")), evaluationSummary, evaluations,
                new H3(getTranslation("purchasedservice.dashboard.grades")), grades);
        add(new H2(getTranslation(TITLE)), bar, content);
        refresh();
    }

    private void refresh() {
        Figures figures;
        try {
            figures = dashboard.figures(year.getValue());
        } catch (BusinessException refused) {
            content.removeAll();
            content.add(PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
            return;
        }
        today = figures.today();
        stages.removeAll();
        stages.add(card("ps-dash-total", getTranslation("purchasedservice.dashboard.total"), figures.projects(),
                null, false));
        for (ProjectStatus status : ProjectStatus.values()) {
            long count = figures.stages().get(status);
            stages.add(card("ps-dash-stage-" + status.name(), getTranslation(status.messageKey()), count, status,
                    count == 0));
        }
        budgetTitle.setText(getTranslation("purchasedservice.dashboard.budget", String.valueOf(figures.year())));
        budget.setItems(figures.budget());
        milestoneSummary.setText(getTranslation("purchasedservice.dashboard.milestones.summary", figures.overdue(),
                figures.dueDays(), figures.dueSoon()) + limited(figures.overdue() + figures.dueSoon()));
        milestones.setItems(figures.milestones());
        evaluationSummary.setText(getTranslation("purchasedservice.dashboard.evaluations.summary",
                figures.evaluationsPending()) + limited(figures.evaluationsPending()));
        evaluations.setItems(figures.evaluations());
        grades.setItems(figures.grades());
    }

    private String limited(long total) {
        return total > ProjectDashboard.LIST_LIMIT
                ? " " + getTranslation("purchasedservice.dashboard.first", ProjectDashboard.LIST_LIMIT) : "";
    }

    /** A stage and its count, linking to the project list filtered by it ({@code status} null: all projects). */
    private RouterLink card(String id, String label, long count, ProjectStatus status, boolean muted) {
        Span number = new Span(String.valueOf(count));
        number.setId(id + "-count");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("color", muted ? "var(--lumo-secondary-text-color)" : "var(--lumo-primary-text-color)");
        Div text = new Div();
        text.setText(label);
        text.getStyle().set("color", "var(--lumo-body-text-color)");
        RouterLink link = new RouterLink();
        link.setRoute(ProjectsView.class);
        if (status != null) {
            link.setQueryParameters(QueryParameters.of(ProjectsView.STATUS_PARAMETER, status.name()));
        }
        link.setId(id);
        link.add(number, text);
        link.getStyle().set("display", "block").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("min-width", "8em").set("text-decoration", "none")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return link;
    }

    private void budgetColumns() {
        setUp(budget, "ps-dash-budget", "purchasedservice.dashboard.budget.empty");
        budget.addColumn(BudgetUse::code).setHeader(header("budget-line")).setAutoWidth(true);
        budget.addColumn(BudgetUse::departmentName).setHeader(header("department")).setAutoWidth(true);
        budget.addColumn(BudgetUse::name).setHeader(header("line-name")).setFlexGrow(2);
        amount(budget.addColumn(line -> PurchaseUi.yuan(line.planned())), "planned");
        amount(budget.addColumn(line -> PurchaseUi.yuan(line.committed())), "committed");
        amount(budget.addColumn(line -> PurchaseUi.yuan(line.contracted())), "contracted");
        amount(budget.addColumn(line -> PurchaseUi.yuan(line.paid())), "paid");
        amount(budget.addColumn(line -> PurchaseUi.yuan(line.payable())), "payable");
        budget.addComponentColumn(this::used).setHeader(header("used")).setWidth("12em").setFlexGrow(0);
    }

    private Component used(BudgetUse line) {
        ProgressBar bar = new ProgressBar(0, 1, Math.min(1, line.usedPercent().doubleValue() / 100));
        bar.setWidth("6em");
        Span percent = new Span(line.usedPercent().toPlainString() + "%");
        HorizontalLayout used = new HorizontalLayout(bar, percent);
        used.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return used;
    }

    private void milestoneColumns() {
        setUp(milestones, "ps-dash-milestones", "purchasedservice.dashboard.milestones.empty");
        milestones.addColumn(MilestoneDue::projectNumber).setHeader(header("number")).setAutoWidth(true);
        milestones.addColumn(MilestoneDue::title).setHeader(header("title")).setFlexGrow(2);
        milestones.addColumn(MilestoneDue::providerName).setHeader(header("provider")).setFlexGrow(2);
        milestones.addColumn(MilestoneDue::name).setHeader(header("milestone")).setAutoWidth(true);
        milestones.addColumn(due -> Formats.date(due.dueOn())).setHeader(header("due-on")).setAutoWidth(true);
        milestones.addColumn(due -> getTranslation("purchasedservice.milestone." + due.status()))
                .setHeader(header("milestone-status")).setAutoWidth(true);
        milestones.addComponentColumn(this::timing).setHeader(header("timing")).setAutoWidth(true);
        milestones.addItemClickListener(click -> open(click.getItem().projectId()));
    }

    private Span timing(MilestoneDue due) {
        if (due.overdue()) {
            return PurchaseUi.badge(getTranslation("purchasedservice.dashboard.overdue-days", due.daysLate()),
                    "badge error");
        }
        long left = ChronoUnit.DAYS.between(today, due.dueOn());
        return PurchaseUi.badge(left == 0 ? getTranslation("purchasedservice.dashboard.due-today")
                : getTranslation("purchasedservice.dashboard.due-in", left), "badge");
    }

    private void evaluationColumns() {
        setUp(evaluations, "ps-dash-evaluations", "purchasedservice.dashboard.evaluations.empty");
        evaluations.addColumn(PendingEvaluation::projectNumber).setHeader(header("number")).setAutoWidth(true);
        evaluations.addColumn(PendingEvaluation::title).setHeader(header("title")).setFlexGrow(2);
        evaluations.addColumn(PendingEvaluation::providerName).setHeader(header("provider")).setFlexGrow(2);
        evaluations.addColumn(pending -> getTranslation("purchasedservice.dashboard.submitted", pending.submitted(),
                pending.evaluators())).setHeader(header("evaluators")).setAutoWidth(true);
        evaluations.addColumn(pending -> Formats.date(pending.assignedOn())).setHeader(header("assigned-on"))
                .setAutoWidth(true);
        evaluations.addColumn(pending -> Formats.date(pending.deadline())).setHeader(header("deadline"))
                .setAutoWidth(true);
        evaluations.addComponentColumn(pending -> pending.overdue()
                        ? PurchaseUi.badge(getTranslation("purchasedservice.dashboard.evaluation.overdue"),
                                "badge error")
                        : PurchaseUi.badge(getTranslation("purchasedservice.dashboard.evaluation.open"), "badge"))
                .setHeader(header("timing")).setAutoWidth(true);
        evaluations.addItemClickListener(click -> open(click.getItem().projectId()));
    }

    private void gradeColumns() {
        setUp(grades, "ps-dash-grades", "purchasedservice.dashboard.grades.empty");
        grades.addColumn(ProviderGrades::providerName).setHeader(header("provider")).setFlexGrow(2);
        count(grades.addColumn(ProviderGrades::graded)).setHeader(header("graded"));
        for (EvaluationGrade grade : EvaluationGrade.values()) {
            count(grades.addColumn(row -> row.count(grade))).setHeader(getTranslation(grade.messageKey()));
        }
        count(grades.addColumn(row -> row.averageScore().toPlainString())).setHeader(header("average"));
    }

    private void open(long projectId) {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, projectId));
    }

    private String header(String column) {
        return getTranslation("purchasedservice.dashboard.column." + column);
    }

    private void amount(Grid.Column<BudgetUse> column, String headerColumn) {
        count(column).setHeader(header(headerColumn));
    }

    private static <T> Grid.Column<T> count(Grid.Column<T> column) {
        return column.setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    private <T> void setUp(Grid<T> grid, String id, String emptyKey) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
    }

    private static Div note(String text) {
        Div note = new Div();
        note.setText(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

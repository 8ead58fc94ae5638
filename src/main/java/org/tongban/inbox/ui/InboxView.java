package org.tongban.inbox.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.InboxCounts;
import org.tongban.inbox.NamedOption;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.inbox.TaskSummary;

/**
 * 我的待办 — tasks assigned to me and tasks I may claim, lazily paged (only the visible rows are fetched), filtered and
 * sorted on the server. Enter on a row opens it; the search field has focus on arrival.
 */
@Route(InboxRoutes.TASKS)
@RouteAlias("")
@Menu(title = "menu.tasks", order = 1, icon = "vaadin:inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final int URGENT_PRIORITY = 80;
    static final int RAISED_PRIORITY = 60;

    private final transient TaskInbox inbox;
    private final Grid<TaskSummary> grid = new Grid<>();
    private final Tabs scopes = new Tabs();
    private final Tab allTab = new Tab();
    private final Tab claimableTab = new Tab();
    private final Tab mineTab = new Tab();
    private final TextField search = new TextField();
    private final ComboBox<NamedOption> process = new ComboBox<>();
    private final Select<NamedOption> unit = new Select<>();
    private final Select<Integer> priority = new Select<>();
    private final DatePicker dueFrom = new DatePicker();
    private final DatePicker dueTo = new DatePicker();
    private final DatePicker createdFrom = new DatePicker();
    private final DatePicker createdTo = new DatePicker();

    public InboxView(TaskInbox inbox) {
        this.inbox = inbox;
        setSizeFull();
        add(new H2(getTranslation("inbox.title.tasks")), scopeTabs(), filters(), grid());
        refreshCounts();
        search.focus();
    }

    private Component scopeTabs() {
        allTab.setId("scope-all");
        claimableTab.setId("scope-claimable");
        mineTab.setId("scope-mine");
        scopes.add(allTab, claimableTab, mineTab);
        scopes.addSelectedChangeListener(event -> refreshGrid());
        return scopes;
    }

    private Component filters() {
        search.setId("inbox-search");
        search.setPlaceholder(getTranslation("inbox.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setWidth("22em");

        process.setId("inbox-process");
        process.setPlaceholder(getTranslation("inbox.filter.process"));
        process.setItems(inbox.processOptions());
        process.setItemLabelGenerator(NamedOption::label);
        process.setClearButtonVisible(true);

        List<NamedOption> units = inbox.orgUnitOptions();
        unit.setId("inbox-unit");
        unit.setPlaceholder(getTranslation("inbox.filter.unit"));
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("inbox.filter.priority.any"));
        unit.setItems(units);
        unit.setItemLabelGenerator(option -> option == null ? getTranslation("inbox.filter.priority.any") : option.label());
        unit.setVisible(units.size() > 1);

        priority.setId("inbox-priority");
        priority.setLabel(getTranslation("inbox.filter.priority"));
        priority.setItems(0, RAISED_PRIORITY, URGENT_PRIORITY);
        priority.setValue(0);
        priority.setItemLabelGenerator(value -> switch (value) {
            case URGENT_PRIORITY -> getTranslation("inbox.filter.priority.urgent");
            case RAISED_PRIORITY -> getTranslation("inbox.filter.priority.raised");
            default -> getTranslation("inbox.filter.priority.any");
        });

        dueFrom.setLabel(getTranslation("inbox.filter.due-from"));
        dueTo.setLabel(getTranslation("inbox.filter.due-to"));
        createdFrom.setLabel(getTranslation("inbox.filter.created-from"));
        createdTo.setLabel(getTranslation("inbox.filter.created-to"));
        Button clear = new Button(getTranslation("inbox.filter.clear"), click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        search.addValueChangeListener(event -> refreshGrid());
        process.addValueChangeListener(event -> refreshGrid());
        unit.addValueChangeListener(event -> refreshGrid());
        priority.addValueChangeListener(event -> refreshGrid());
        List.of(dueFrom, dueTo, createdFrom, createdTo).forEach(date -> date.addValueChangeListener(event -> refreshGrid()));

        HorizontalLayout more = new HorizontalLayout(priority, dueFrom, dueTo, createdFrom, createdTo, clear);
        more.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        more.setWrap(true);
        Details moreFilters = new Details(getTranslation("inbox.filter.more"), more);
        HorizontalLayout main = new HorizontalLayout(search, process, unit);
        main.setWrap(true);
        VerticalLayout filters = new VerticalLayout(main, moreFilters);
        filters.setPadding(false);
        filters.setSpacing(false);
        return filters;
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }

    private void clearFilters() {
        search.clear();
        process.clear();
        unit.clear();
        priority.setValue(0);
        dueFrom.clear();
        dueTo.clear();
        createdFrom.clear();
        createdTo.clear();
    }

    private Component grid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::priorityBadge).setHeader(getTranslation("inbox.column.priority"))
                .setKey(TaskSort.Field.PRIORITY.name()).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(caseRenderer()).setHeader(getTranslation("inbox.column.title")).setFlexGrow(4);
        grid.addColumn(TaskSummary::name).setHeader(getTranslation("inbox.column.task"))
                .setKey(TaskSort.Field.NAME.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(task -> Formats.orEmpty(task.offeredTo())).setHeader(getTranslation("inbox.column.offered-to")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("inbox.column.status")).setAutoWidth(true);
        grid.addColumn(task -> Formats.dateTime(task.created())).setHeader(getTranslation("inbox.column.created"))
                .setKey(TaskSort.Field.CREATED.name()).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::dueLabel).setHeader(getTranslation("inbox.column.due"))
                .setKey(TaskSort.Field.DUE.name()).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(50);
        grid.setItems(this::fetch, query -> (int) inbox.countTasks(filter()));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        Shortcuts.addShortcutListener(grid, () -> grid.getSelectedItems().stream().findFirst().ifPresent(this::open), Key.ENTER)
                .listenOn(grid);
        grid.setEmptyStateText(getTranslation("inbox.empty.tasks"));
        return grid;
    }

    private java.util.stream.Stream<TaskSummary> fetch(Query<TaskSummary, Void> query) {
        return inbox.tasks(filter(), sort(query.getSortOrders()), query.getOffset(), query.getLimit()).stream();
    }

    TaskFilter filter() {
        TaskFilter.Scope scope = scopes.getSelectedTab() == claimableTab ? TaskFilter.Scope.CLAIMABLE
                : scopes.getSelectedTab() == mineTab ? TaskFilter.Scope.MINE : TaskFilter.Scope.ALL;
        Integer minPriority = priority.getValue() == null || priority.getValue() == 0 ? null : priority.getValue();
        return new TaskFilter(scope, Optional.ofNullable(process.getValue()).map(NamedOption::value).orElse(null),
                Optional.ofNullable(unit.getValue()).map(NamedOption::value).orElse(null), dueFrom.getValue(),
                dueTo.getValue(), minPriority, createdFrom.getValue(), createdTo.getValue(), search.getValue());
    }

    private static TaskSort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return TaskSort.newestFirst();
        }
        var first = orders.get(0);
        return new TaskSort(TaskSort.Field.valueOf(first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }

    /** Title in bold with process and case number beneath: one column instead of three, escaped by Lit. */
    private static LitRenderer<TaskSummary> caseRenderer() {
        return LitRenderer.<TaskSummary>of("""
                <div style="line-height: var(--lumo-line-height-s)">
                  <div style="font-weight: 600; white-space: normal">${item.title}</div>
                  <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">${item.number} · ${item.process}</div>
                </div>""")
                .withProperty("title", task -> Formats.orEmpty(task.caseTitle()))
                .withProperty("number", task -> Formats.orEmpty(task.businessKey()))
                .withProperty("process", task -> Formats.orEmpty(task.processName()));
    }

    private Component priorityBadge(TaskSummary task) {
        if (task.priority() >= URGENT_PRIORITY) {
            return badge(getTranslation("inbox.priority.urgent"), "badge error");
        }
        if (task.priority() >= RAISED_PRIORITY) {
            return badge(getTranslation("inbox.priority.raised"), "badge contrast");
        }
        return badge(getTranslation("inbox.priority.normal"), "badge");
    }

    private Component statusBadge(TaskSummary task) {
        if (task.assignedToMe()) {
            return badge(getTranslation("inbox.status.mine"), "badge success");
        }
        if (task.assignee() == null) {
            return badge(getTranslation("inbox.status.claimable"), "badge");
        }
        return badge(getTranslation("inbox.status.colleague", task.assigneeName()), "badge contrast");
    }

    private Component dueLabel(TaskSummary task) {
        Span due = new Span(Formats.dateTime(task.due()));
        if (task.overdue()) {
            due.getElement().getThemeList().add("badge error");
            due.setTitle(getTranslation("inbox.status.overdue"));
        }
        return due;
    }

    private Component actions(TaskSummary task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.action.claim"), click -> claim(task));
            claim.setId("claim-" + task.id());
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        }
        Button open = new Button(getTranslation("inbox.action.open"), click -> open(task));
        open.setId("open-" + task.id());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private void claim(TaskSummary task) {
        try {
            inbox.claim(task.id());
            Notifications.success(getTranslation("inbox.notice.claimed"));
        } finally {
            grid.getDataProvider().refreshAll();
            refreshCounts();
        }
    }

    private void open(TaskSummary task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, task.id()));
    }

    private void refreshCounts() {
        InboxCounts counts = inbox.counts();
        allTab.setLabel(getTranslation("inbox.scope.all") + " " + counts.open());
        claimableTab.setLabel(getTranslation("inbox.scope.claimable") + " " + counts.claimable());
        mineTab.setLabel(getTranslation("inbox.scope.mine") + " " + counts.assigned());
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title.tasks") + " · " + getTranslation("app.title");
    }
}

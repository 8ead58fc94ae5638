package org.tongban.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Formats;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;
import org.tongban.identity.Roles;

/**
 * 工作事项清单 — the county's community work-item list as in force on a chosen day, with every revision of the
 * chosen entry. Administrators add entries, revise them from an effective date and retire them; nothing is deleted.
 */
@Route("admin/work-items")
@Menu(title = WorkItemsView.TITLE, order = 926, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class WorkItemsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "catalog.menu.work-items";

    private final transient WorkItemListAdministration administration;
    private final LocalDate today;
    private final DatePicker day;
    private final TextField filter = new TextField();
    private final Grid<WorkItemEntry> grid = new Grid<>();
    private final Button revise = new Button(getTranslation("catalog.work-items.revise"), VaadinIcon.EDIT.create());
    private final Button retire = new Button(getTranslation("catalog.work-items.retire"), VaadinIcon.BAN.create());
    private final H3 historyTitle = new H3();
    private final Grid<WorkItemEntry> history = new Grid<>();

    public WorkItemsView(WorkItemListAdministration administration, Clock clock) {
        this.administration = administration;
        this.today = LocalDate.now(clock);
        setSizeFull();

        day = CalendarUi.datePicker(this, getTranslation("catalog.work-items.day"));
        day.setId("work-item-day");
        day.setHelperText(getTranslation("catalog.work-items.day-help"));
        day.setValue(today);
        day.addValueChangeListener(change -> refresh(null));
        filter.setId("work-item-filter");
        filter.setPlaceholder(getTranslation("catalog.work-items.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidth("20rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh(null));

        Button create = new Button(getTranslation("catalog.work-items.new"), VaadinIcon.PLUS.create(),
                click -> new WorkItemDialog(administration, null, today, this::saved).open());
        create.setId("work-item-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revise.setId("work-item-revise");
        revise.addClickListener(click -> openRevise());
        retire.setId("work-item-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(click -> latestOfSelected().ifPresent(latest ->
                new RetireWorkItemDialog(administration, latest, today, this::saved).open()));

        HorizontalLayout toolbar = new HorizontalLayout(day, filter, create, revise, retire);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation(TITLE)), toolbar, grid(), historyTitle, history());
        setFlexGrow(2, grid);
        setFlexGrow(1, history);
        refresh(null);
    }

    private Grid<WorkItemEntry> grid() {
        grid.setId("work-item-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(WorkItemEntry::code).setKey("code").setHeader(getTranslation("catalog.work-items.code"))
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(new ComponentRenderer<>(entry -> kindBadge(entry.item().kind()))).setKey("kind")
                .setHeader(getTranslation("catalog.work-items.kind")).setFlexGrow(0).setWidth("8rem");
        grid.addColumn(entry -> entry.item().nameZh()).setKey("name").setHeader(getTranslation("catalog.work-items.name"))
                .setFlexGrow(4).setTooltipGenerator(entry -> entry.item().nameEn());
        grid.addColumn(entry -> entry.item().departments()).setKey("departments")
                .setHeader(getTranslation("catalog.work-items.departments")).setFlexGrow(1);
        grid.addColumn(entry -> entry.item().legalBasis()).setKey("legalBasis")
                .setHeader(getTranslation("catalog.work-items.legal-basis")).setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.item().legalBasis());
        addPeriodColumns(grid);
        grid.addColumn(WorkItemEntry::revision).setKey("revision").setHeader(getTranslation("catalog.work-items.revision"))
                .setFlexGrow(0).setWidth("5rem");
        grid.addSelectionListener(selection -> showHistory());
        grid.addItemDoubleClickListener(click -> {
            grid.select(click.getItem());
            openRevise();
        });
        return grid;
    }

    private Grid<WorkItemEntry> history() {
        history.setId("work-item-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(entry -> getTranslation("catalog.work-items.revision-n", entry.revision())).setKey("revision")
                .setHeader(getTranslation("catalog.work-items.revision")).setFlexGrow(0).setWidth("6rem");
        addPeriodColumns(history);
        history.addColumn(entry -> entry.item().nameZh()).setKey("name")
                .setHeader(getTranslation("catalog.work-items.name")).setFlexGrow(3);
        history.addColumn(WorkItemEntry::changedBy).setKey("changedBy")
                .setHeader(getTranslation("catalog.work-items.changed-by"));
        history.addColumn(entry -> Formats.dateTime(entry.changedAt())).setKey("changedAt")
                .setHeader(getTranslation("catalog.work-items.changed-at"));
        history.addColumn(this::reason).setKey("reason").setHeader(getTranslation("catalog.work-items.reason"))
                .setFlexGrow(3).setTooltipGenerator(this::reason);
        return history;
    }

    private void addPeriodColumns(Grid<WorkItemEntry> target) {
        target.addColumn(entry -> Formats.date(entry.item().effectiveFrom())).setKey("effectiveFrom")
                .setHeader(getTranslation("catalog.work-items.effective-from")).setFlexGrow(0).setWidth("7.5rem");
        target.addColumn(entry -> entry.item().effectiveTo() == null ? getTranslation("catalog.work-items.open-ended")
                        : Formats.date(entry.item().effectiveTo())).setKey("effectiveTo")
                .setHeader(getTranslation("catalog.work-items.effective-to")).setFlexGrow(0).setWidth("7.5rem");
    }

    /** The revision's own reason, and the entry's retirement when this revision is where it ended. */
    private String reason(WorkItemEntry entry) {
        String reason = Formats.orEmpty(entry.reason());
        if (entry.retirement() == null) {
            return reason;
        }
        String retired = getTranslation("catalog.work-items.retired-note", entry.retirement().reason(),
                entry.retirement().retiredBy(), Formats.dateTime(entry.retirement().retiredAt()));
        return reason.isEmpty() ? retired : reason + "；" + retired;
    }

    /**
     * 依法履职 green, 协助 blue, 负面清单 red. Lumo's badge styles are not loaded without an application theme, so the
     * colours come from Lumo's colour properties directly.
     */
    private Component kindBadge(WorkItemKind kind) {
        String colour = switch (kind) {
            case DUTY -> "success";
            case ASSIST -> "primary";
            case NEGATIVE -> "error";
        };
        Span badge = new Span(getTranslation("catalog.work-item.badge." + kind.name()));
        badge.getElement().getThemeList().add("badge " + colour);
        badge.getStyle().set("color", "var(--lumo-" + colour + "-text-color)")
                .set("background-color", "var(--lumo-" + colour + "-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0.2em 0.5em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        return badge;
    }

    private Optional<WorkItemEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /**
     * Changes start from the entry's latest revision, which may be a later one than the row shows (a revision that
     * takes effect after the chosen day).
     */
    private Optional<WorkItemEntry> latestOfSelected() {
        return selected().map(entry -> administration.history(entry.code()))
                .filter(revisions -> !revisions.isEmpty())
                .map(revisions -> revisions.get(revisions.size() - 1));
    }

    private void openRevise() {
        latestOfSelected().ifPresent(latest -> new WorkItemDialog(administration, latest, today, this::saved).open());
    }

    private void showHistory() {
        Optional<WorkItemEntry> entry = selected();
        revise.setEnabled(entry.isPresent());
        retire.setEnabled(entry.isPresent());
        historyTitle.setText(entry.map(chosen -> getTranslation("catalog.work-items.history-of", chosen.code()))
                .orElse(getTranslation("catalog.work-items.history")));
        history.setItems(entry.map(chosen -> administration.history(chosen.code())).orElse(List.of()));
        history.setEmptyStateText(getTranslation("catalog.work-items.history-choose"));
    }

    private void saved(WorkItemEntry entry) {
        refresh(entry.code());
    }

    private void refresh(String selectCode) {
        List<WorkItemEntry> entries = administration.list(filter.getValue(), day.getValue());
        grid.setItems(entries);
        grid.deselectAll();
        if (selectCode != null) {
            entries.stream().filter(entry -> entry.code().equals(selectCode)).findFirst().ifPresent(grid::select);
        }
        showHistory();
    }

    @Override
    public String getPageTitle() {
        return CatalogUi.title(this, TITLE);
    }
}

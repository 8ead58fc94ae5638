package org.tongban.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.HasDynamicTitle;

import org.tongban.base.ui.Formats;

/**
 * A list kept in revisions as administrators maintain it: the entries in force on a chosen day, filtered, and every
 * revision of the chosen entry below; buttons add an entry, revise the chosen one (a double click too) and retire it.
 * Nothing is deleted. Subclasses add the entries' own columns and open the dialogs; a list whose entries have parts of
 * their own (an evaluation template's indicators) shows them for the revision chosen ({@link #whenRevisionChosen}).
 *
 * @param <E> the list's entries, as its administration returns them
 */
abstract class RevisedListView<E> extends VerticalLayout implements HasDynamicTitle {

    protected final ListScreen screen;
    protected final LocalDate today;
    protected final Grid<E> grid = new Grid<>();
    private final String titleKey;
    private final transient BiFunction<String, LocalDate, List<E>> list;
    private final transient Function<String, List<E>> history;
    private final transient Function<E, Revision> revisionOf;
    private final DatePicker day;
    private final TextField filter = new TextField();
    private final Button revise;
    private final Button retire;
    private final H3 historyTitle = new H3();
    private final Grid<E> revisions = new Grid<>();
    private final List<SerializableConsumer<E>> revisionListeners = new ArrayList<>();

    /**
     * @param list    the entries in force on a day whose text contains a filter
     * @param history every revision of an entry, by its code, oldest first
     */
    RevisedListView(ListScreen screen, String titleKey, Clock clock, BiFunction<String, LocalDate, List<E>> list,
                    Function<String, List<E>> history, Function<E, Revision> revisionOf) {
        this.screen = screen;
        this.titleKey = titleKey;
        this.list = list;
        this.history = history;
        this.revisionOf = revisionOf;
        this.today = LocalDate.now(clock);
        setSizeFull();

        day = CalendarUi.datePicker(this, getTranslation(screen.key("day")));
        day.setId(screen.id("day"));
        day.setHelperText(getTranslation(screen.key("day-help")));
        day.setValue(today);
        day.addValueChangeListener(change -> refresh(null));
        filter.setId(screen.id("filter"));
        filter.setPlaceholder(getTranslation(screen.key("filter")));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidth("20rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh(null));

        Button create = new Button(getTranslation(screen.key("new")), VaadinIcon.PLUS.create(), click -> openCreate());
        create.setId(screen.id("new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revise = new Button(getTranslation(screen.key("revise")), VaadinIcon.EDIT.create(),
                click -> latestOfSelected().ifPresent(this::openRevise));
        revise.setId(screen.id("revise"));
        retire = new Button(getTranslation(screen.key("retire")), VaadinIcon.BAN.create(),
                click -> latestOfSelected().ifPresent(this::openRetire));
        retire.setId(screen.id("retire"));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);

        grid.setId(screen.id("grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addSelectionListener(selection -> showHistory());
        grid.addItemDoubleClickListener(click -> {
            grid.select(click.getItem());
            latestOfSelected().ifPresent(this::openRevise);
        });

        HorizontalLayout toolbar = new HorizontalLayout(day, filter, create, revise, retire);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation(titleKey)), toolbar, grid, historyTitle, revisions());
        setFlexGrow(2, grid);
        setFlexGrow(1, revisions);
        refresh(null);
    }

    protected abstract void openCreate();

    /** {@code latest}: the entry's latest revision, which may take effect after the chosen day. */
    protected abstract void openRevise(E latest);

    protected abstract void openRetire(E latest);

    /** The first columns of the list: the code, as every list starts. */
    protected void addCodeColumn() {
        grid.addColumn(entry -> revisionOf.apply(entry).code()).setKey("code")
                .setHeader(getTranslation(screen.key("code"))).setFlexGrow(0).setWidth("7rem");
    }

    /** The last columns of the list: when the revision shown is in force, and which it is. */
    protected void addPeriodAndRevisionColumns() {
        addPeriodColumns(grid);
        grid.addColumn(entry -> revisionOf.apply(entry).number()).setKey("revision")
                .setHeader(getTranslation(screen.key("revision"))).setFlexGrow(0).setWidth("5rem");
    }

    /**
     * Tells {@code listener} which revision to show in detail, now and whenever that changes: the one chosen in the
     * chosen entry's history, else the entry's revision in force on the chosen day; null while no entry is chosen.
     */
    protected void whenRevisionChosen(SerializableConsumer<E> listener) {
        revisionListeners.add(listener);
        listener.accept(chosenRevision());
    }

    private E chosenRevision() {
        return revisions.getSelectedItems().stream().findFirst().orElseGet(() -> selected().orElse(null));
    }

    private void revisionChosen() {
        E chosen = chosenRevision();
        revisionListeners.forEach(listener -> listener.accept(chosen));
    }

    /** After a dialog saved {@code entry}: the list again, with the entry chosen. */
    protected void saved(E entry) {
        refresh(revisionOf.apply(entry).code());
    }

    private Grid<E> revisions() {
        revisions.setId(screen.id("history"));
        revisions.addThemeVariants(GridVariant.LUMO_COMPACT);
        revisions.addSelectionListener(selection -> revisionChosen());
        revisions.addColumn(entry -> getTranslation(screen.key("revision-n"), revisionOf.apply(entry).number()))
                .setKey("revision").setHeader(getTranslation(screen.key("revision"))).setFlexGrow(0).setWidth("6rem");
        addPeriodColumns(revisions);
        revisions.addColumn(entry -> revisionOf.apply(entry).name()).setKey("name")
                .setHeader(getTranslation(screen.key("name"))).setFlexGrow(3);
        revisions.addColumn(entry -> revisionOf.apply(entry).changedBy()).setKey("changedBy")
                .setHeader(getTranslation(screen.key("changed-by")));
        revisions.addColumn(entry -> Formats.dateTime(revisionOf.apply(entry).changedAt())).setKey("changedAt")
                .setHeader(getTranslation(screen.key("changed-at")));
        revisions.addColumn(this::reason).setKey("reason").setHeader(getTranslation(screen.key("reason")))
                .setFlexGrow(3).setTooltipGenerator(this::reason);
        return revisions;
    }

    private void addPeriodColumns(Grid<E> target) {
        target.addColumn(entry -> Formats.date(revisionOf.apply(entry).effectiveFrom())).setKey("effectiveFrom")
                .setHeader(getTranslation(screen.key("effective-from"))).setFlexGrow(0).setWidth("7.5rem");
        target.addColumn(entry -> {
            LocalDate to = revisionOf.apply(entry).effectiveTo();
            return to == null ? getTranslation(screen.key("open-ended")) : Formats.date(to);
        }).setKey("effectiveTo").setHeader(getTranslation(screen.key("effective-to"))).setFlexGrow(0)
                .setWidth("7.5rem");
    }

    /** The revision's own reason, and the entry's retirement when this revision is where it ended. */
    private String reason(E entry) {
        Revision revision = revisionOf.apply(entry);
        String reason = Formats.orEmpty(revision.reason());
        if (revision.retiredBy() == null) {
            return reason;
        }
        String retired = getTranslation(screen.key("retired-note"), revision.retireReason(), revision.retiredBy(),
                Formats.dateTime(revision.retiredAt()));
        return reason.isEmpty() ? retired : reason + "；" + retired;
    }

    private Optional<E> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /**
     * Changes start from the entry's latest revision, which may be a later one than the row shows (a revision that
     * takes effect after the chosen day).
     */
    private Optional<E> latestOfSelected() {
        return selected().map(entry -> history.apply(revisionOf.apply(entry).code()))
                .filter(all -> !all.isEmpty())
                .map(all -> all.get(all.size() - 1));
    }

    private void showHistory() {
        Optional<E> entry = selected();
        revise.setEnabled(entry.isPresent());
        retire.setEnabled(entry.isPresent());
        historyTitle.setText(entry
                .map(chosen -> getTranslation(screen.key("history-of"), revisionOf.apply(chosen).code()))
                .orElse(getTranslation(screen.key("history"))));
        revisions.setItems(entry.map(chosen -> history.apply(revisionOf.apply(chosen).code())).orElse(List.of()));
        revisions.setEmptyStateText(getTranslation(screen.key("history-choose")));
        revisionChosen();
    }

    private void refresh(String selectCode) {
        List<E> entries = list.apply(filter.getValue(), day.getValue());
        grid.setItems(entries);
        grid.deselectAll();
        if (selectCode != null) {
            entries.stream().filter(entry -> revisionOf.apply(entry).code().equals(selectCode)).findFirst()
                    .ifPresent(grid::select);
        }
        showHistory();
    }

    @Override
    public String getPageTitle() {
        return CatalogUi.title(this, titleKey);
    }
}

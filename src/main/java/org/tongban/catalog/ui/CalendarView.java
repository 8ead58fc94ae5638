package org.tongban.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarAdministration.CalendarEntry;
import org.tongban.catalog.CalendarAdministration.YearStatus;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.Roles;

/**
 * 工作日历 — the holidays and make-up working days of a year, whether the year is loaded or reckoned Monday–Friday,
 * the import of a year's arrangement, and a calculator for staff checking a deadline.
 */
@Route("admin/calendar")
@Menu(title = CalendarView.TITLE, order = 925, icon = "vaadin:calendar")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "calendar.menu";
    /** The calculator accepts up to this many working days: about a year, more than any time limit. */
    static final int CALCULATOR_MAX_DAYS = 250;

    private final transient CalendarAdministration calendar;
    private final transient WorkingDays workingDays;
    private final LocalDate today;
    private final Select<Integer> year = new Select<>();
    private final Span status = new Span();
    private final Grid<CalendarEntry> grid = new Grid<>();
    private final Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create());
    private final Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create());
    private final DatePicker calculatorStart;
    private final IntegerField calculatorDays = new IntegerField(getTranslation("calendar.calculator.days"));
    private final Span calculatorResult = new Span();

    public CalendarView(CalendarAdministration calendar, WorkingDays workingDays, Clock clock) {
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.today = LocalDate.now(clock);
        this.calculatorStart = CalendarUi.datePicker(this, getTranslation("calendar.calculator.start"));
        setSizeFull();

        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.setWidth("8em");
        status.setId("calendar-status");

        Button create = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(),
                click -> openEntryDialog(null));
        create.setId("calendar-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("calendar-edit");
        edit.addClickListener(click -> selected().ifPresent(this::openEntryDialog));
        delete.setId("calendar-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> selected().ifPresent(this::confirmDelete));
        Button importCsv = new Button(getTranslation("calendar.import"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(calendar, years(), year.getValue(), this::imported).open());
        importCsv.setId("calendar-import");

        HorizontalLayout toolbar = new HorizontalLayout(year, create, edit, delete, importCsv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation(TITLE)), toolbar, status, grid(), calculator());
        showYear(today.getYear());
        year.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                showYear(change.getValue());
            }
        });
    }

    private Grid<CalendarEntry> grid() {
        grid.setId("calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> Formats.date(entry.date())).setKey("date").setHeader(getTranslation("calendar.date"));
        grid.addColumn(entry -> CalendarUi.weekday(this, entry.date())).setKey("weekday")
                .setHeader(getTranslation("calendar.weekday"));
        grid.addColumn(entry -> getTranslation(entry.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("calendar.kind"));
        grid.addColumn(CalendarEntry::name).setKey("name").setHeader(getTranslation("calendar.name")).setFlexGrow(2);
        grid.addColumn(CalendarEntry::changedBy).setKey("changedBy").setHeader(getTranslation("calendar.changed-by"));
        grid.addColumn(entry -> Formats.dateTime(entry.changedAt())).setKey("changedAt")
                .setHeader(getTranslation("calendar.changed-at"));
        grid.addSelectionListener(selection -> updateButtons());
        grid.addItemDoubleClickListener(click -> openEntryDialog(click.getItem()));
        return grid;
    }

    private VerticalLayout calculator() {
        calculatorStart.setId("calendar-calc-start");
        calculatorStart.setValue(today);
        calculatorDays.setId("calendar-calc-days");
        calculatorDays.setMin(0);
        calculatorDays.setMax(CALCULATOR_MAX_DAYS);
        calculatorDays.setStepButtonsVisible(true);
        calculatorDays.setValue(5);
        calculatorDays.setHelperText(getTranslation("calendar.calculator.help"));
        calculatorResult.setId("calendar-calc-result");
        calculatorStart.addValueChangeListener(change -> calculate());
        calculatorDays.addValueChangeListener(change -> calculate());
        HorizontalLayout inputs = new HorizontalLayout(calculatorStart, calculatorDays);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("calendar.calculator")), inputs, calculatorResult);
        box.setPadding(false);
        box.setSpacing(false);
        calculate();
        return box;
    }

    /** Shows {@code shown}'s entries and status; the year list always holds the loaded years and the years around now. */
    private void showYear(int shown) {
        SortedSet<Integer> years = years();
        years.add(shown);
        year.setItems(years);
        year.setValue(shown);
        grid.setItems(calendar.list(shown));
        YearStatus yearStatus = calendar.status(shown);
        String yearText = String.valueOf(shown);
        if (yearStatus.loaded()) {
            status.setText(getTranslation("calendar.status.loaded", yearText, yearStatus.holidays(),
                    yearStatus.makeupWorkdays()));
            status.getStyle().remove("color");
        } else {
            status.setText(getTranslation("calendar.status.fallback", yearText));
            status.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        updateButtons();
        calculate();
    }

    /** The loaded years, and last, this and next year. */
    private SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>(calendar.loadedYears());
        IntStream.rangeClosed(today.getYear() - 1, today.getYear() + 1).forEach(years::add);
        return years;
    }

    private void refresh() {
        showYear(year.getValue());
    }

    private void calculate() {
        LocalDate start = calculatorStart.getValue();
        Integer days = calculatorDays.getValue();
        if (start == null || days == null || days < 0 || days > CALCULATOR_MAX_DAYS) {
            calculatorResult.setText(getTranslation("calendar.calculator.invalid", CALCULATOR_MAX_DAYS));
            return;
        }
        LocalDate due = workingDays.plusWorkingDays(start, days);
        String result = getTranslation("calendar.calculator.result", Formats.date(due), CalendarUi.weekday(this, due),
                ChronoUnit.DAYS.between(start, due));
        SortedSet<Integer> loaded = calendar.loadedYears();
        List<Integer> fallback = IntStream.rangeClosed(start.getYear(), due.getYear())
                .filter(y -> !loaded.contains(y)).boxed().toList();
        if (!fallback.isEmpty()) {
            result += " " + getTranslation("calendar.calculator.fallback", fallback.stream().map(String::valueOf)
                    .collect(Collectors.joining(getTranslation("common.list-separator"))));
        }
        calculatorResult.setText(result);
    }

    private Optional<CalendarEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        boolean any = selected().isPresent();
        edit.setEnabled(any);
        delete.setEnabled(any);
    }

    private void openEntryDialog(CalendarEntry entry) {
        LocalDate initialMonth = entry == null && year.getValue() != null && year.getValue() != today.getYear()
                ? LocalDate.of(year.getValue(), 1, 1) : null;
        new EntryDialog(calendar, entry, initialMonth, this::saved).open();
    }

    private void saved(CalendarEntry entry) {
        Notifications.success(getTranslation("common.saved"));
        showYear(entry.date().getYear());
        grid.select(entry);
    }

    private void imported(CalendarAdministration.ImportResult result) {
        String yearText = String.valueOf(result.year());
        Notifications.success(result.neighbours() == 0
                ? getTranslation("calendar.import.done", yearText, result.imported(), result.replaced())
                : getTranslation("calendar.import.done-with-neighbours", yearText, result.imported(),
                        result.replaced(), result.neighbours()));
        showYear(result.year());
    }

    private void confirmDelete(CalendarEntry entry) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("calendar.delete-title"));
        confirm.add(new Paragraph(getTranslation("calendar.delete-question", Formats.date(entry.date()), entry.name())));
        Button yes = new Button(getTranslation("action.delete"), click -> {
            confirm.close();
            try {
                calendar.remove(entry.id());
                Notifications.success(getTranslation("calendar.deleted", Formats.date(entry.date())));
            } catch (BusinessException refusal) {
                Notifications.error(CalendarUi.text(this, refusal));
            }
            refresh();
        });
        yes.setId("calendar-delete-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("action.cancel"), click -> confirm.close());
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

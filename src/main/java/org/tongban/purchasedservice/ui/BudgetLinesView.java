package org.tongban.purchasedservice.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.BudgetLines;

/**
 * 预算额度 — the departments' purchased-service budget lines with what approved projects take of each; finance
 * reviewers add lines and change amounts (never below what is committed), each change with its reason.
 */
@Route(BudgetLinesView.ROUTE)
@Menu(title = BudgetLinesView.TITLE, order = 26, icon = "vaadin:wallet")
@RolesAllowed({"ADMIN", "FINANCE_REVIEWER"})
public class BudgetLinesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "purchasedservice/budget-lines";
    static final String TITLE = "purchasedservice.ui.menu.budget-lines";

    private final transient BudgetLines budgetLines;
    private final transient Directory directory;
    private final Select<Integer> year = new Select<>();
    private final Grid<BudgetLineEntry> grid = new Grid<>();
    private final int thisYear;

    public BudgetLinesView(BudgetLines budgetLines, Directory directory, Clock clock) {
        this.budgetLines = budgetLines;
        this.directory = directory;
        this.thisYear = LocalDate.now(clock).getYear();
        setSizeFull();
        year.setId("ps-lines-year");
        year.setLabel(getTranslation("purchasedservice.ui.lines.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> refresh());
        Button create = new Button(getTranslation("purchasedservice.ui.lines.new"), VaadinIcon.PLUS.create(),
                click -> openCreate());
        create.setId("ps-lines-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(year, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("ps-lines-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(BudgetLineEntry::code).setHeader(getTranslation("purchasedservice.ui.lines.code"))
                .setAutoWidth(true);
        grid.addColumn(BudgetLineEntry::departmentName)
                .setHeader(getTranslation("purchasedservice.ui.lines.department")).setAutoWidth(true);
        grid.addColumn(BudgetLineEntry::name).setHeader(getTranslation("purchasedservice.ui.lines.name")).setFlexGrow(2);
        grid.addColumn(line -> PurchaseUi.yuan(line.amount()))
                .setHeader(getTranslation("purchasedservice.ui.lines.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line -> PurchaseUi.yuan(line.committed()))
                .setHeader(getTranslation("purchasedservice.ui.lines.committed")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line -> PurchaseUi.yuan(line.available()))
                .setHeader(getTranslation("purchasedservice.ui.lines.available")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line -> line.changedBy() + " · " + Formats.dateTime(line.changedAt())
                        + (line.changeReason() == null ? "" : " · " + line.changeReason()))
                .setHeader(getTranslation("purchasedservice.ui.lines.changed")).setFlexGrow(2);
        grid.addComponentColumn(line -> {
            Button change = new Button(getTranslation("purchasedservice.ui.lines.change"), click -> openChange(line));
            change.setId("ps-lines-change-" + line.code());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return change;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(new H2(getTranslation(TITLE)), bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(budgetLines.list(year.getValue()));
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("purchasedservice.ui.lines.new"));
        TextField code = field("ps-line-code", "purchasedservice.ui.lines.code", 30);
        code.setHelperText(getTranslation("purchasedservice.ui.lines.code-help"));
        ComboBox<OrgUnitSummary> department = new ComboBox<>(getTranslation("purchasedservice.ui.lines.department"));
        department.setId("ps-line-department");
        List<OrgUnitSummary> units = new java.util.ArrayList<>(directory.units(OrgUnitKind.DEPARTMENT));
        units.addAll(directory.units(OrgUnitKind.SUBDISTRICT));
        department.setItems(units.stream().filter(OrgUnitSummary::active).toList());
        department.setItemLabelGenerator(unit -> unit.code() + " · " + unit.name());
        department.setWidthFull();
        Select<Integer> lineYear = new Select<>();
        lineYear.setId("ps-line-year");
        lineYear.setLabel(getTranslation("purchasedservice.ui.lines.year"));
        lineYear.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        lineYear.setValue(year.getValue() == null ? thisYear : year.getValue());
        TextField name = field("ps-line-name", "purchasedservice.ui.lines.name", 100);
        TextField amount = field("ps-line-amount", "purchasedservice.ui.lines.amount", 20);
        VerticalLayout form = new VerticalLayout(code, department, lineYear, name, amount);
        form.setPadding(false);
        dialog.add(form);
        dialog.setWidth("520px");
        Button save = new Button(getTranslation("purchasedservice.ui.lines.save"), click -> {
            try {
                budgetLines.create(new BudgetLines.BudgetLineDraft(code.getValue(),
                        department.getValue() == null ? null : department.getValue().code(), lineYear.getValue(),
                        name.getValue(), amount.getValue()));
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("purchasedservice.ui.lines.saved"));
            refresh();
        });
        save.setId("ps-line-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        code.focus();
    }

    private void openChange(BudgetLineEntry line) {
        Dialog dialog = new Dialog(getTranslation("purchasedservice.ui.lines.change-title", line.code()));
        TextField amount = field("ps-line-new-amount", "purchasedservice.ui.lines.amount", 20);
        amount.setValue(line.amount().toPlainString());
        amount.setHelperText(getTranslation("purchasedservice.ui.lines.committed-help",
                PurchaseUi.yuan(line.committed())));
        TextField reason = field("ps-line-reason", "purchasedservice.ui.lines.reason", 300);
        VerticalLayout form = new VerticalLayout(amount, reason);
        form.setPadding(false);
        dialog.add(form);
        dialog.setWidth("480px");
        Button save = new Button(getTranslation("purchasedservice.ui.lines.save"), click -> {
            try {
                budgetLines.changeAmount(line.id(), line.version(), amount.getValue(), reason.getValue());
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("purchasedservice.ui.lines.saved"));
            refresh();
        });
        save.setId("ps-line-change-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        amount.focus();
    }

    private TextField field(String id, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

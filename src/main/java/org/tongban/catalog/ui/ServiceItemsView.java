package org.tongban.catalog.ui;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.ServiceCatalogueAdministration;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemEntry;
import org.tongban.identity.Roles;

/** 事项目录 — administrators create and edit service items with their materials, and (de)activate them. */
@Route("admin/service-items")
@Menu(title = ServiceItemsView.TITLE, order = 924, icon = "vaadin:list-ol")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class ServiceItemsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "catalog.menu.service-items";

    private final transient ServiceCatalogueAdministration administration;
    private final TextField filter = new TextField();
    private final Grid<ServiceItemEntry> grid = new Grid<>();
    private final Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create());
    private final Button toggleActive = new Button();

    public ServiceItemsView(ServiceCatalogueAdministration administration) {
        this.administration = administration;
        setSizeFull();

        filter.setId("service-item-filter");
        filter.setPlaceholder(getTranslation("catalog.items.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidth("20rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh(null));

        Button create = new Button(getTranslation("catalog.items.new"), VaadinIcon.PLUS.create(), click -> openDialog(null));
        create.setId("service-item-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("service-item-edit");
        edit.addClickListener(click -> selected().ifPresent(this::openDialog));
        toggleActive.setId("service-item-toggle-active");
        toggleActive.addClickListener(click -> selected().ifPresent(this::toggleActive));

        grid.setId("service-item-grid");
        grid.addColumn(ServiceItemEntry::code).setKey("code").setHeader(getTranslation("catalog.items.code"))
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(entry -> entry.item().name()).setKey("name").setHeader(getTranslation("catalog.items.name"))
                .setFlexGrow(3);
        grid.addColumn(ServiceItemEntry::departmentName).setKey("department")
                .setHeader(getTranslation("catalog.items.department")).setFlexGrow(2);
        grid.addColumn(entry -> CatalogUi.promisedDays(this, entry.item().promisedDays())).setKey("promisedDays")
                .setHeader(getTranslation("catalog.items.promised-days"));
        grid.addColumn(entry -> CatalogUi.legalDays(this, entry.item().legalDays())).setKey("legalDays")
                .setHeader(getTranslation("catalog.items.legal-days"));
        grid.addColumn(entry -> CatalogUi.channels(this, entry.item().channels())).setKey("channels")
                .setHeader(getTranslation("catalog.items.channels")).setFlexGrow(2);
        grid.addColumn(entry -> getTranslation(entry.item().active() ? "catalog.items.active" : "catalog.items.inactive"))
                .setKey("status").setHeader(getTranslation("catalog.items.status"));
        grid.addSelectionListener(selection -> updateButtons());
        grid.addItemDoubleClickListener(click -> openDialog(click.getItem()));

        HorizontalLayout toolbar = new HorizontalLayout(filter, create, edit, toggleActive);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(TITLE)), toolbar, grid);
        refresh(null);
        filter.focus();
    }

    private Optional<ServiceItemEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        Optional<ServiceItemEntry> entry = selected();
        edit.setEnabled(entry.isPresent());
        toggleActive.setEnabled(entry.isPresent());
        boolean active = entry.map(item -> item.item().active()).orElse(true);
        toggleActive.setText(getTranslation(active ? "catalog.items.deactivate" : "catalog.items.activate"));
        toggleActive.setIcon(active ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create());
    }

    private void openDialog(ServiceItemEntry entry) {
        // Re-read: the row may be older than the item.
        ServiceItemEntry current = entry == null ? null : administration.get(entry.code());
        new ServiceItemDialog(administration, current, saved -> refresh(saved.code())).open();
    }

    private void toggleActive(ServiceItemEntry entry) {
        try {
            ServiceItemEntry changed = entry.item().active()
                    ? administration.deactivate(entry.code(), entry.version())
                    : administration.activate(entry.code(), entry.version());
            Notifications.success(getTranslation(changed.item().active() ? "catalog.items.activated"
                    : "catalog.items.deactivated", changed.item().name()));
            refresh(changed.code());
        } catch (BusinessException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            refresh(entry.code());
        }
    }

    private void refresh(String selectCode) {
        var entries = administration.list(filter.getValue());
        grid.setItems(entries);
        grid.deselectAll();
        if (selectCode != null) {
            entries.stream().filter(entry -> entry.code().equals(selectCode)).findFirst().ifPresent(grid::select);
        }
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return CatalogUi.title(this, TITLE);
    }
}

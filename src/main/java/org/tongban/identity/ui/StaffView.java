package org.tongban.identity.ui;

import java.util.Optional;
import java.util.stream.Collectors;

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

import org.springframework.data.domain.PageRequest;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.RoleAdministration;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffAdministration;
import org.tongban.identity.StaffAdministration.StaffListItem;

/**
 * 人员管理 — search staff, create and edit them with their roles, reset passwords, unlock and (dis)able accounts.
 * The list shows phone numbers masked; the edit dialog reads the full number through an audited call.
 */
@Route("admin/staff")
@Menu(title = StaffView.TITLE, order = 910, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "menu.admin.staff";

    private final transient StaffAdministration staff;
    private final transient OrganisationAdministration organisation;
    private final transient RoleAdministration roles;
    private final TextField search = new TextField();
    private final Grid<StaffListItem> grid = new Grid<>();
    private final Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create());
    private final Button resetPassword = new Button(getTranslation("admin.staff.reset-password"), VaadinIcon.KEY.create());
    private final Button unlock = new Button(getTranslation("admin.staff.unlock"), VaadinIcon.UNLOCK.create());
    private final Button toggleEnabled = new Button();

    public StaffView(StaffAdministration staff, OrganisationAdministration organisation, RoleAdministration roles) {
        this.staff = staff;
        this.organisation = organisation;
        this.roles = roles;
        setSizeFull();

        search.setId("staff-search");
        search.setPlaceholder(getTranslation("admin.staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button create = new Button(getTranslation("admin.staff.new"), VaadinIcon.PLUS.create(), click -> openDialog(null));
        create.setId("staff-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("staff-edit");
        edit.addClickListener(click -> selected().ifPresent(item -> openDialog(item.username())));
        resetPassword.setId("staff-reset-password");
        resetPassword.addClickListener(click -> selected().ifPresent(item ->
                new ResetPasswordDialog(staff, item.username(), item.displayName()).open()));
        unlock.setId("staff-unlock");
        unlock.addClickListener(click -> selected().ifPresent(this::unlock));
        toggleEnabled.setId("staff-toggle-enabled");
        toggleEnabled.addClickListener(click -> selected().ifPresent(this::toggleEnabled));

        grid.setId("staff-grid");
        grid.addColumn(StaffListItem::username).setKey("username").setHeader(getTranslation("admin.staff.username"));
        grid.addColumn(StaffListItem::displayName).setKey("displayName").setHeader(getTranslation("admin.staff.display-name"));
        grid.addColumn(StaffListItem::maskedPhone).setKey("phone").setHeader(getTranslation("admin.staff.phone"));
        grid.addColumn(this::rolesOf).setKey("roles").setHeader(getTranslation("admin.staff.roles")).setFlexGrow(3);
        grid.addColumn(this::statusOf).setKey("status").setHeader(getTranslation("admin.status"));
        grid.addColumn(item -> Formats.dateTime(item.lastLoginAt())).setKey("lastLogin")
                .setHeader(getTranslation("admin.staff.last-login"));
        grid.setItems(query -> staff.search(search.getValue(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) staff.search(search.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.addSelectionListener(selection -> updateButtons());
        grid.addItemDoubleClickListener(click -> openDialog(click.getItem().username()));

        HorizontalLayout toolbar = new HorizontalLayout(search, create, edit, resetPassword, unlock, toggleEnabled);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(TITLE)), toolbar, grid);
        updateButtons();
        search.focus();
    }

    private Optional<StaffListItem> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        Optional<StaffListItem> item = selected();
        edit.setEnabled(item.isPresent());
        resetPassword.setEnabled(item.isPresent());
        unlock.setEnabled(item.map(StaffListItem::locked).orElse(false));
        toggleEnabled.setEnabled(item.isPresent());
        boolean enabled = item.map(StaffListItem::enabled).orElse(true);
        toggleEnabled.setText(getTranslation(enabled ? "admin.staff.disable" : "admin.staff.enable"));
        toggleEnabled.setIcon(enabled ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create());
    }

    private String rolesOf(StaffListItem item) {
        return item.assignments().stream()
                .map(assignment -> assignment.unitName() + " · " + assignment.roleName(getLocale()))
                .collect(Collectors.joining(getTranslation("admin.list-separator")));
    }

    private String statusOf(StaffListItem item) {
        String status;
        if (!item.enabled()) {
            status = getTranslation("admin.status.disabled");
        } else if (item.locked()) {
            status = getTranslation("admin.status.locked");
        } else {
            status = getTranslation("admin.status.active");
        }
        return item.serviceAccount() ? status + " · " + getTranslation("admin.staff.service-account") : status;
    }

    private void openDialog(String username) {
        StaffDialog dialog = new StaffDialog(staff, organisation.tree(), roles.list(),
                username == null ? null : staff.details(username), this::refresh);
        dialog.open();
    }

    private void unlock(StaffListItem item) {
        run(() -> staff.unlock(item.username()), getTranslation("admin.staff.unlocked", item.displayName()));
    }

    private void toggleEnabled(StaffListItem item) {
        if (item.enabled()) {
            run(() -> staff.disable(item.username()), getTranslation("admin.staff.disabled", item.displayName()));
        } else {
            run(() -> staff.enable(item.username()), getTranslation("admin.staff.enabled", item.displayName()));
        }
    }

    private void run(Runnable change, String confirmation) {
        try {
            change.run();
            Notifications.success(confirmation);
        } catch (BusinessException refusal) {
            Notifications.error(AdminUi.text(this, refusal));
        }
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return AdminUi.title(this, TITLE);
    }
}

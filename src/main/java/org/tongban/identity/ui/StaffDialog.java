package org.tongban.identity.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.OrganisationAdministration.OrgUnitEntry;
import org.tongban.identity.RoleAdministration.RoleEntry;
import org.tongban.identity.StaffAdministration;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.StaffAdministration.StaffDetails;
import org.tongban.identity.StaffAdministration.StaffUpdate;
import org.tongban.identity.StaffAdministration.UnitRole;

/**
 * Creates a staff member (details == null) or edits one: profile, service-account flag and role assignments, saved
 * together. Field rules are checked as the user types, with the same messages the service would refuse with.
 */
class StaffDialog extends Dialog {

    private final transient StaffAdministration staff;
    private final StaffDetails details;
    private final Runnable afterSave;
    private final Map<String, OrgUnitEntry> unitsByCode;
    private final Map<String, RoleEntry> rolesByCode;
    private final List<RoleEntry> roles;

    private final TextField username = new TextField(getTranslation("admin.staff.username"));
    private final TextField displayName = new TextField(getTranslation("admin.staff.display-name"));
    private final TextField phone = new TextField(getTranslation("admin.staff.phone"));
    private final PasswordField password = new PasswordField(getTranslation("admin.staff.initial-password"));
    private final Checkbox serviceAccount = new Checkbox(getTranslation("admin.staff.service-account"));
    private final Binder<StaffForm> binder = new Binder<>();

    private final List<UnitRole> assignments = new ArrayList<>();
    private final Grid<UnitRole> assignmentGrid = new Grid<>();
    private final ComboBox<OrgUnitEntry> unit = new ComboBox<>(getTranslation("admin.staff.assignment-unit"));
    private final ComboBox<RoleEntry> role = new ComboBox<>(getTranslation("admin.staff.assignment-role"));
    private final Span assignmentsError = new Span();

    StaffDialog(StaffAdministration staff, List<OrgUnitEntry> units, List<RoleEntry> roles, StaffDetails details,
                Runnable afterSave) {
        this.staff = staff;
        this.details = details;
        this.afterSave = afterSave;
        this.roles = roles;
        this.unitsByCode = units.stream().collect(Collectors.toMap(OrgUnitEntry::code, Function.identity()));
        this.rolesByCode = roles.stream().collect(Collectors.toMap(RoleEntry::code, Function.identity()));
        setHeaderTitle(details == null ? getTranslation("admin.staff.new")
                : getTranslation("admin.staff.edit", details.displayName()));
        setWidth("min(48rem, 95vw)");

        username.setId("staff-username");
        username.setHelperText(getTranslation("admin.staff.username-help"));
        displayName.setId("staff-display-name");
        phone.setId("staff-phone");
        phone.setHelperText(getTranslation("admin.staff.phone-help"));
        password.setId("staff-password");
        password.setHelperText(getTranslation("admin.staff.password-help"));
        serviceAccount.setId("staff-service-account");
        for (var field : List.of(username, displayName, password)) {
            field.setRequiredIndicatorVisible(true);
        }

        binder.forField(username).withValidator(AdminUi.rule(this, IdentityRules::username))
                .bind(StaffForm::getUsername, StaffForm::setUsername);
        binder.forField(displayName).withValidator(AdminUi.rule(this, IdentityRules::displayName))
                .bind(StaffForm::getDisplayName, StaffForm::setDisplayName);
        binder.forField(phone).withValidator(AdminUi.rule(this, IdentityRules::phone))
                .bind(StaffForm::getPhone, StaffForm::setPhone);
        binder.forField(serviceAccount).bind(StaffForm::isServiceAccount, StaffForm::setServiceAccount);
        if (details == null) {
            binder.forField(password)
                    .withValidator(AdminUi.rule(this, value -> IdentityRules.password(value, username.getValue())))
                    .bind(StaffForm::getPassword, StaffForm::setPassword);
        }

        StaffForm form = new StaffForm();
        if (details != null) {
            form.setUsername(details.username());
            form.setDisplayName(details.displayName());
            form.setPhone(details.phone() == null ? "" : details.phone());
            form.setServiceAccount(details.serviceAccount());
            details.assignments().forEach(view -> assignments.add(new UnitRole(view.unitCode(), view.roleCode())));
            username.setReadOnly(true);
            password.setVisible(false);
        }
        binder.readBean(form);

        FormLayout profile = new FormLayout(username, displayName, phone, password, serviceAccount);
        add(profile, assignmentEditor(units));

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter saves from the text fields only: in a combo box it picks an item.
        save.addClickShortcut(Key.ENTER).listenOn(username, displayName, phone, password);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("staff-cancel");
        getFooter().add(cancel, save);
    }

    private VerticalLayout assignmentEditor(List<OrgUnitEntry> units) {
        assignmentGrid.setId("staff-assignments");
        assignmentGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        assignmentGrid.setAllRowsVisible(true);
        assignmentGrid.addColumn(assignment -> unitLabel(unitsByCode.get(assignment.unitCode()), assignment.unitCode()))
                .setKey("unit").setHeader(getTranslation("admin.staff.assignment-unit"));
        assignmentGrid.addColumn(assignment -> roleLabel(rolesByCode.get(assignment.roleCode()), assignment.roleCode()))
                .setKey("role").setHeader(getTranslation("admin.staff.assignment-role"));
        assignmentGrid.addComponentColumn(assignment -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                assignments.remove(assignment);
                assignmentGrid.setItems(assignments);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("admin.staff.assignment-remove"));
            return remove;
        }).setKey("remove").setFlexGrow(0);
        assignmentGrid.setItems(assignments);

        unit.setId("staff-assignment-unit");
        unit.setItems(units.stream().filter(OrgUnitEntry::active).toList());
        unit.setItemLabelGenerator(entry -> unitLabel(entry, entry.code()));
        unit.addValueChangeListener(change -> {
            OrgUnitEntry chosen = change.getValue();
            role.clear();
            role.setItems(chosen == null ? List.of()
                    : roles.stream().filter(entry -> entry.unitKinds().contains(chosen.kind())).toList());
        });
        role.setId("staff-assignment-role");
        role.setItemLabelGenerator(entry -> roleLabel(entry, entry.code()));
        Button addAssignment = new Button(getTranslation("admin.staff.assignment-add"), VaadinIcon.PLUS.create(),
                click -> addAssignment());
        addAssignment.setId("staff-assignment-add");
        HorizontalLayout chooser = new HorizontalLayout(unit, role, addAssignment);
        chooser.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        assignmentsError.setId("staff-assignments-error");
        assignmentsError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout editor = new VerticalLayout(new H4(getTranslation("admin.staff.roles")), assignmentGrid, chooser,
                assignmentsError);
        editor.setPadding(false);
        return editor;
    }

    private void addAssignment() {
        if (unit.getValue() == null || role.getValue() == null) {
            assignmentsError.setText(getTranslation("admin.staff.error.assignment-incomplete"));
            return;
        }
        UnitRole assignment = new UnitRole(unit.getValue().code(), role.getValue().code());
        if (!assignments.contains(assignment)) {
            assignments.add(assignment);
            assignmentGrid.setItems(assignments);
        }
        assignmentsError.setText("");
        role.clear();
    }

    private String unitLabel(OrgUnitEntry entry, String code) {
        return entry == null ? code : AdminUi.withNote(this, entry.name(), getTranslation(entry.kind().messageKey()));
    }

    private String roleLabel(RoleEntry entry, String code) {
        if (entry == null) {
            return code;
        }
        return "en".equals(getLocale().getLanguage()) ? entry.nameEn() : entry.nameZh();
    }

    private void save() {
        StaffForm form = new StaffForm();
        boolean valid = binder.writeBeanIfValid(form);
        boolean rolesGiven = !assignments.isEmpty() || serviceAccount.getValue();
        assignmentsError.setText(rolesGiven ? "" : getTranslation("admin.staff.error.assignment-required"));
        if (!valid || !rolesGiven) {
            return;
        }
        try {
            if (details == null) {
                staff.create(new NewStaff(form.getUsername(), form.getDisplayName(), form.getPhone(), form.getPassword(),
                        form.isServiceAccount(), List.copyOf(assignments)));
            } else {
                staff.update(details.username(), new StaffUpdate(form.getDisplayName(), form.getPhone(),
                        form.isServiceAccount(), List.copyOf(assignments)), details.version());
            }
            close();
            Notifications.success(getTranslation("common.saved"));
            afterSave.run();
        } catch (BusinessException refusal) {
            showRefusal(refusal);
        }
    }

    /** A refusal about one field goes next to it; anything else is a notification. */
    private void showRefusal(BusinessException refusal) {
        String message = AdminUi.text(this, refusal);
        String key = refusal.messageKey();
        if (key.startsWith("admin.staff.error.username")) {
            AdminUi.showOn(username, message);
        } else if (key.startsWith("admin.password.")) {
            AdminUi.showOn(password, message);
        } else if (key.startsWith("admin.staff.error.phone")) {
            AdminUi.showOn(phone, message);
        } else if (key.contains("assignment") || key.equals("admin.staff.error.role-not-allowed")
                || key.equals("admin.staff.error.unit-inactive")) {
            assignmentsError.setText(message);
        } else {
            Notifications.error(message);
        }
    }

    /** Form values of the dialog. */
    static final class StaffForm {
        private String username;
        private String displayName;
        private String phone;
        private String password;
        private boolean serviceAccount;

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getPhone() {
            return phone;
        }

        void setPhone(String phone) {
            this.phone = phone;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        boolean isServiceAccount() {
            return serviceAccount;
        }

        void setServiceAccount(boolean serviceAccount) {
            this.serviceAccount = serviceAccount;
        }
    }
}

package org.tongban.identity.ui;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.RoleAdministration;
import org.tongban.identity.RoleAdministration.NewRole;
import org.tongban.identity.RoleAdministration.RoleChanges;
import org.tongban.identity.RoleAdministration.RoleEntry;
import org.tongban.identity.Roles;

/** 角色管理 — the roles staff can hold and the kinds of unit each may be held in. */
@Route("admin/roles")
@Menu(title = RolesView.TITLE, order = 920, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class RolesView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "menu.admin.roles";

    private final transient RoleAdministration roles;
    private final Grid<RoleEntry> grid = new Grid<>();
    private final Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create());
    private final Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create());

    public RolesView(RoleAdministration roles) {
        this.roles = roles;
        setSizeFull();

        Button create = new Button(getTranslation("admin.roles.new"), VaadinIcon.PLUS.create(), click -> new RoleDialog(null).open());
        create.setId("role-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("role-edit");
        edit.addClickListener(click -> selected().ifPresent(role -> new RoleDialog(role).open()));
        delete.setId("role-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> selected().ifPresent(this::confirmDelete));

        grid.setId("role-grid");
        grid.addColumn(RoleEntry::code).setKey("code").setHeader(getTranslation("admin.roles.code"));
        grid.addColumn(RoleEntry::nameZh).setKey("nameZh").setHeader(getTranslation("admin.roles.name-zh"));
        grid.addColumn(RoleEntry::nameEn).setKey("nameEn").setHeader(getTranslation("admin.roles.name-en"));
        grid.addColumn(role -> AdminUi.kinds(this, role.unitKinds())).setKey("unitKinds")
                .setHeader(getTranslation("admin.roles.unit-kinds")).setFlexGrow(2);
        grid.addColumn(role -> getTranslation(role.builtin() ? "admin.roles.builtin" : "admin.roles.custom"))
                .setKey("builtin").setHeader(getTranslation("admin.roles.type"));
        grid.addColumn(RoleEntry::staffCount).setKey("staff").setHeader(getTranslation("admin.roles.staff-count"));
        grid.addSelectionListener(selection -> updateButtons());
        grid.addItemDoubleClickListener(click -> new RoleDialog(click.getItem()).open());

        add(new H2(getTranslation(TITLE)), new HorizontalLayout(create, edit, delete), grid);
        refresh();
    }

    private Optional<RoleEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        Optional<RoleEntry> role = selected();
        edit.setEnabled(role.isPresent());
        delete.setEnabled(role.map(entry -> !entry.builtin()).orElse(false));
    }

    private void refresh() {
        grid.setItems(roles.list());
        updateButtons();
    }

    private void confirmDelete(RoleEntry role) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("admin.roles.delete-title"));
        confirm.add(new Paragraph(getTranslation("admin.roles.delete-question", role.nameZh())));
        Button yes = new Button(getTranslation("action.delete"), click -> {
            confirm.close();
            try {
                roles.delete(role.code());
                Notifications.success(getTranslation("admin.roles.deleted", role.nameZh()));
            } catch (BusinessException refusal) {
                Notifications.error(AdminUi.text(this, refusal));
            }
            refresh();
        });
        yes.setId("role-delete-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("action.cancel"), click -> confirm.close());
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return AdminUi.title(this, TITLE);
    }

    /** Form values of the role dialog. */
    static final class RoleForm {
        private String code;
        private String nameZh;
        private String nameEn;
        private Set<OrgUnitKind> unitKinds = EnumSet.noneOf(OrgUnitKind.class);

        String getCode() {
            return code;
        }

        void setCode(String code) {
            this.code = code;
        }

        String getNameZh() {
            return nameZh;
        }

        void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        String getNameEn() {
            return nameEn;
        }

        void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        Set<OrgUnitKind> getUnitKinds() {
            return unitKinds;
        }

        void setUnitKinds(Set<OrgUnitKind> unitKinds) {
            this.unitKinds = unitKinds;
        }
    }

    /** Create (role == null) or edit names and unit kinds; the code stays. */
    private final class RoleDialog extends Dialog {

        private final RoleEntry role;
        private final TextField code = new TextField(getTranslation("admin.roles.code"));
        private final TextField nameZh = new TextField(getTranslation("admin.roles.name-zh"));
        private final TextField nameEn = new TextField(getTranslation("admin.roles.name-en"));
        private final CheckboxGroup<OrgUnitKind> unitKinds = new CheckboxGroup<>(getTranslation("admin.roles.unit-kinds"));
        private final Binder<RoleForm> binder = new Binder<>();

        RoleDialog(RoleEntry role) {
            this.role = role;
            setHeaderTitle(getTranslation(role == null ? "admin.roles.new" : "admin.roles.edit"));
            code.setId("role-code");
            code.setHelperText(getTranslation("admin.roles.code-help"));
            nameZh.setId("role-name-zh");
            nameEn.setId("role-name-en");
            unitKinds.setId("role-unit-kinds");
            unitKinds.setItems(OrgUnitKind.values());
            unitKinds.setItemLabelGenerator(kind -> getTranslation(kind.messageKey()));

            binder.forField(code).withValidator(AdminUi.rule(this, IdentityRules::roleCode))
                    .bind(RoleForm::getCode, RoleForm::setCode);
            binder.forField(nameZh).withValidator(AdminUi.rule(this, IdentityRules::roleNameZh))
                    .bind(RoleForm::getNameZh, RoleForm::setNameZh);
            binder.forField(nameEn).withValidator(AdminUi.rule(this, IdentityRules::roleNameEn))
                    .bind(RoleForm::getNameEn, RoleForm::setNameEn);
            binder.forField(unitKinds)
                    .withValidator(kinds -> !kinds.isEmpty(), getTranslation("admin.role.error.unit-kinds-required"))
                    .bind(RoleForm::getUnitKinds, RoleForm::setUnitKinds);

            RoleForm form = new RoleForm();
            if (role != null) {
                form.setCode(role.code());
                form.setNameZh(role.nameZh());
                form.setNameEn(role.nameEn());
                form.setUnitKinds(role.unitKinds());
                code.setReadOnly(true);
            }
            binder.readBean(form);
            add(new FormLayout(code, nameZh, nameEn, unitKinds));

            Button save = new Button(getTranslation("action.save"), click -> save());
            save.setId("role-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.ENTER).listenOn(code, nameZh, nameEn);
            Button cancel = new Button(getTranslation("action.cancel"), click -> close());
            getFooter().add(cancel, save);
        }

        private void save() {
            RoleForm form = new RoleForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                if (role == null) {
                    roles.create(new NewRole(form.getCode(), form.getNameZh(), form.getNameEn(), form.getUnitKinds()));
                } else {
                    roles.update(role.code(), new RoleChanges(form.getNameZh(), form.getNameEn(), form.getUnitKinds()),
                            role.version());
                }
                close();
                Notifications.success(getTranslation("common.saved"));
                refresh();
            } catch (BusinessException refusal) {
                String message = AdminUi.text(this, refusal);
                if (refusal.messageKey().startsWith("admin.role.error.code")) {
                    AdminUi.showOn(code, message);
                } else {
                    Notifications.error(message);
                }
            }
        }
    }
}

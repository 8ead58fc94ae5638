package org.tongban.identity.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.OrganisationAdministration.NewOrgUnit;
import org.tongban.identity.OrganisationAdministration.OrgUnitEntry;
import org.tongban.identity.Roles;

/**
 * 组织机构 — the county's tree of subdistricts, communities, departments and providers: create, rename, move,
 * (de)activate.
 */
@Route("admin/org-units")
@Menu(title = OrgUnitsView.TITLE, order = 900, icon = "vaadin:sitemap")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class OrgUnitsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "menu.admin.org-units";

    private final transient OrganisationAdministration organisation;
    private final TreeGrid<OrgUnitEntry> tree = new TreeGrid<>();
    private final Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create());
    private final Button toggleActive = new Button();
    private List<OrgUnitEntry> units = List.of();

    public OrgUnitsView(OrganisationAdministration organisation) {
        this.organisation = organisation;
        setSizeFull();

        Button create = new Button(getTranslation("admin.org-units.new"), VaadinIcon.PLUS.create(),
                click -> new OrgUnitDialog(null).open());
        create.setId("org-unit-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("org-unit-edit");
        edit.addClickListener(click -> selected().ifPresent(unit -> new OrgUnitDialog(unit).open()));
        toggleActive.setId("org-unit-toggle-active");
        toggleActive.addClickListener(click -> selected().ifPresent(this::toggleActive));

        tree.setId("org-unit-tree");
        tree.addHierarchyColumn(OrgUnitEntry::name).setKey("name").setHeader(getTranslation("admin.org-units.name"))
                .setFlexGrow(3);
        tree.addColumn(OrgUnitEntry::code).setKey("code").setHeader(getTranslation("admin.org-units.code"));
        tree.addColumn(unit -> getTranslation(unit.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("admin.org-units.kind"));
        tree.addColumn(unit -> getTranslation(unit.active() ? "admin.status.active" : "admin.status.inactive"))
                .setKey("status").setHeader(getTranslation("admin.status"));
        tree.addColumn(OrgUnitEntry::staffCount).setKey("staff").setHeader(getTranslation("admin.org-units.staff-count"));
        tree.addSelectionListener(selection -> updateButtons());
        tree.addItemDoubleClickListener(click -> new OrgUnitDialog(click.getItem()).open());

        add(new H2(getTranslation(TITLE)), new HorizontalLayout(create, edit, toggleActive), tree);
        refresh(null);
    }

    private Optional<OrgUnitEntry> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        Optional<OrgUnitEntry> unit = selected();
        edit.setEnabled(unit.isPresent());
        toggleActive.setEnabled(unit.isPresent());
        boolean active = unit.map(OrgUnitEntry::active).orElse(true);
        toggleActive.setText(getTranslation(active ? "admin.org-units.deactivate" : "admin.org-units.reactivate"));
        toggleActive.setIcon(active ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create());
    }

    private void toggleActive(OrgUnitEntry unit) {
        try {
            OrgUnitEntry changed = unit.active() ? organisation.deactivate(unit.code(), unit.version())
                    : organisation.reactivate(unit.code(), unit.version());
            Notifications.success(getTranslation(changed.active() ? "admin.org-units.reactivated" : "admin.org-units.deactivated",
                    changed.name()));
            refresh(changed.code());
        } catch (BusinessException refusal) {
            Notifications.error(AdminUi.text(this, refusal));
            refresh(unit.code());
        }
    }

    private void refresh(String selectCode) {
        units = organisation.tree();
        Map<String, OrgUnitEntry> byCode = new HashMap<>();
        TreeData<OrgUnitEntry> data = new TreeData<>();
        for (OrgUnitEntry unit : units) {
            byCode.put(unit.code(), unit);
            data.addItem(unit.parentCode() == null ? null : byCode.get(unit.parentCode()), unit);
        }
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), 3);
        tree.deselectAll();
        if (selectCode != null && byCode.containsKey(selectCode)) {
            tree.select(byCode.get(selectCode));
        }
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return AdminUi.title(this, TITLE);
    }

    /** Form values; the code and kind are fixed once the unit exists. */
    static final class OrgUnitForm {
        private OrgUnitKind kind;
        private OrgUnitEntry parent;
        private String code;
        private String name;

        OrgUnitKind getKind() {
            return kind;
        }

        void setKind(OrgUnitKind kind) {
            this.kind = kind;
        }

        OrgUnitEntry getParent() {
            return parent;
        }

        void setParent(OrgUnitEntry parent) {
            this.parent = parent;
        }

        String getCode() {
            return code;
        }

        void setCode(String code) {
            this.code = code;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }

    /** Create (unit == null) or edit: name and parent. */
    private final class OrgUnitDialog extends Dialog {

        private final OrgUnitEntry unit;
        private final Select<OrgUnitKind> kind = new Select<>();
        private final ComboBox<OrgUnitEntry> parent = new ComboBox<>(getTranslation("admin.org-units.parent"));
        private final TextField code = new TextField(getTranslation("admin.org-units.code"));
        private final TextField name = new TextField(getTranslation("admin.org-units.name"));
        private final Binder<OrgUnitForm> binder = new Binder<>();

        OrgUnitDialog(OrgUnitEntry unit) {
            this.unit = unit;
            setHeaderTitle(getTranslation(unit == null ? "admin.org-units.new" : "admin.org-units.edit"));
            kind.setId("org-unit-kind");
            kind.setLabel(getTranslation("admin.org-units.kind"));
            kind.setItems(OrgUnitKind.SUBDISTRICT, OrgUnitKind.COMMUNITY, OrgUnitKind.DEPARTMENT, OrgUnitKind.PROVIDER);
            kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
            kind.addValueChangeListener(change -> parentChoices(change.getValue()));
            parent.setId("org-unit-parent");
            parent.setItemLabelGenerator(entry -> AdminUi.withNote(this, entry.name(), entry.code()));
            code.setId("org-unit-code");
            code.setHelperText(getTranslation("admin.org-units.code-help"));
            name.setId("org-unit-name");
            for (var field : List.of(code, name)) {
                field.setRequiredIndicatorVisible(true);
            }

            binder.forField(kind).asRequired(getTranslation("admin.org-unit.error.kind-required"))
                    .bind(OrgUnitForm::getKind, OrgUnitForm::setKind);
            binder.forField(parent)
                    .withValidator(value -> value != null || kind.getValue() == null
                            || kind.getValue().requiredParent() == null,
                            getTranslation("admin.validation.required"))
                    .bind(OrgUnitForm::getParent, OrgUnitForm::setParent);
            binder.forField(code).withValidator(AdminUi.rule(this, IdentityRules::unitCode))
                    .bind(OrgUnitForm::getCode, OrgUnitForm::setCode);
            binder.forField(name).withValidator(AdminUi.rule(this, IdentityRules::unitName))
                    .bind(OrgUnitForm::getName, OrgUnitForm::setName);

            OrgUnitForm form = new OrgUnitForm();
            if (unit != null) {
                form.setKind(unit.kind());
                form.setCode(unit.code());
                form.setName(unit.name());
                parentChoices(unit.kind());
                form.setParent(units.stream().filter(entry -> entry.code().equals(unit.parentCode())).findFirst().orElse(null));
                kind.setItems(OrgUnitKind.values());
                kind.setReadOnly(true);
                code.setReadOnly(true);
                parent.setVisible(unit.kind().requiredParent() != null);
            }
            binder.readBean(form);

            FormLayout fields = new FormLayout(kind, parent, code, name);
            add(fields);
            Button save = new Button(getTranslation("action.save"), click -> save());
            save.setId("org-unit-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.ENTER).listenOn(code, name);
            Button cancel = new Button(getTranslation("action.cancel"), click -> close());
            cancel.setId("org-unit-cancel");
            getFooter().add(cancel, save);
        }

        private void parentChoices(OrgUnitKind selectedKind) {
            OrgUnitKind parentKind = selectedKind == null ? null : selectedKind.requiredParent();
            parent.setItems(units.stream()
                    .filter(entry -> entry.active() && entry.kind() == parentKind)
                    .toList());
            parent.setEnabled(parentKind != null);
        }

        private void save() {
            OrgUnitForm form = new OrgUnitForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            String parentCode = form.getParent() == null ? null : form.getParent().code();
            try {
                OrgUnitEntry saved;
                if (unit == null) {
                    saved = organisation.create(new NewOrgUnit(form.getCode(), form.getName(), form.getKind(), parentCode));
                } else {
                    saved = organisation.update(unit.code(), form.getName(), parentCode, unit.version());
                }
                close();
                Notifications.success(getTranslation("common.saved"));
                refresh(saved.code());
            } catch (BusinessException refusal) {
                String message = AdminUi.text(this, refusal);
                if (refusal.messageKey().startsWith("admin.org-unit.error.code")) {
                    AdminUi.showOn(code, message);
                } else {
                    Notifications.error(message);
                }
            }
        }
    }
}

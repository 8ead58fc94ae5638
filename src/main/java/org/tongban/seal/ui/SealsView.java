package org.tongban.seal.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Formats;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.Roles;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.ScopeItem;
import org.tongban.seal.SealAdministration.SealEntry;

/**
 * 印章管理 — every seal with its impression and its scope list (印章使用范围清单), and the use log (用印登记).
 * Administrators register seals, change their lists and retire them; a community director sees their own unit's
 * seals and log, read-only (the service decides what they see; the buttons are only not offered).
 */
@Route("admin/seals")
@Menu(title = SealsView.TITLE, order = 928, icon = "vaadin:diploma")
@RolesAllowed({Roles.ADMIN_AUTHORITY, "DIRECTOR"})
public class SealsView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "seal.menu.seals";

    private final transient SealAdministration administration;
    private final boolean manages;
    private final Checkbox showRetired = new Checkbox(getTranslation("seal.seals.show-retired"));
    private final Grid<SealEntry> grid = new Grid<>();
    private final Button scope = new Button(getTranslation("seal.seals.edit-scope"), VaadinIcon.LIST_SELECT.create());
    private final Button retire = new Button(getTranslation("seal.seals.retire"), VaadinIcon.BAN.create());
    private final H3 scopeTitle = new H3();
    private final Grid<ScopeItem> scopeGrid = new Grid<>();
    private final UseLog useLog;

    public SealsView(SealAdministration administration, Directory directory, CurrentStaff currentStaff) {
        this.administration = administration;
        this.manages = currentStaff.find().map(me -> me.hasRole(Roles.ADMIN)).orElse(false);
        this.useLog = new UseLog(administration);
        setSizeFull();

        TabSheet tabs = new TabSheet();
        tabs.setId("seal-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("seal.tab.seals"), sealsTab(directory));
        tabs.add(getTranslation("seal.tab.uses"), useLog);
        add(new H2(getTranslation(TITLE)), tabs);
        refresh(null);
    }

    private Component sealsTab(Directory directory) {
        showRetired.setId("seal-show-retired");
        showRetired.addValueChangeListener(change -> refresh(selected().map(SealEntry::id).orElse(null)));
        Button register = new Button(getTranslation("seal.seals.register"), VaadinIcon.PLUS.create(),
                click -> new RegisterSealDialog(administration, directory, seal -> refresh(seal.id())).open());
        register.setId("seal-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scope.setId("seal-scope");
        scope.addClickListener(click -> selected().ifPresent(seal ->
                new ScopeDialog(administration, seal, changed -> refresh(changed.id())).open()));
        retire.setId("seal-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(click -> selected().ifPresent(seal ->
                new RetireSealDialog(administration, seal, retired -> refresh(retired.id())).open()));
        for (Button change : List.of(register, scope, retire)) {
            change.setVisible(manages);
        }
        HorizontalLayout toolbar = new HorizontalLayout(showRetired, register, scope, retire);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        VerticalLayout tab = new VerticalLayout(toolbar);
        tab.setPadding(false);
        tab.setSizeFull();
        if (!manages) {
            Paragraph readOnly = new Paragraph(getTranslation("seal.seals.read-only"));
            readOnly.setId("seal-read-only");
            tab.add(readOnly);
        }
        tab.add(grid(), scopeTitle, scopeGrid());
        tab.setFlexGrow(2, grid);
        tab.setFlexGrow(1, scopeGrid);
        return tab;
    }

    private Grid<SealEntry> grid() {
        grid.setId("seal-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(seal -> SealUi.image(() -> administration.preview(seal.id()), seal.code() + ".png",
                        getTranslation("seal.seals.image-alt", seal.code()), "3rem"))
                .setKey("image").setHeader(getTranslation("seal.seals.image")).setFlexGrow(0).setWidth("5rem");
        grid.addColumn(seal -> getTranslation("seal.name-and-code", seal.unitName(), seal.unitCode()))
                .setKey("unit").setHeader(getTranslation("seal.seals.unit")).setFlexGrow(1);
        grid.addColumn(SealEntry::code).setKey("code").setHeader(getTranslation("seal.seals.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SealEntry::name).setKey("name").setHeader(getTranslation("seal.seals.name")).setFlexGrow(3)
                .setTooltipGenerator(SealEntry::name);
        grid.addColumn(seal -> getTranslation(seal.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("seal.seals.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(seal -> seal.keeper() == null ? "" : seal.keeperName()).setKey("keeper")
                .setHeader(getTranslation("seal.seals.keeper")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("seal.seals.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(seal -> getTranslation("seal.seals.scope-count", seal.activeScope().size())).setKey("scope")
                .setHeader(getTranslation("seal.seals.scope")).setAutoWidth(true).setFlexGrow(0);
        grid.addSelectionListener(selection -> showScope());
        return grid;
    }

    private Grid<ScopeItem> scopeGrid() {
        scopeGrid.setId("seal-scope-grid");
        scopeGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        scopeGrid.addColumn(item -> SealUi.shortCode(item.useCode()) + " " + item.useName()).setKey("use")
                .setHeader(getTranslation("seal.seals.use-name")).setFlexGrow(3);
        scopeGrid.addColumn(item -> getTranslation("seal.seals.added-note", Formats.dateTime(item.addedAt()),
                item.addedBy(), Formats.orEmpty(item.addReason()))).setKey("added")
                .setHeader(getTranslation("seal.seals.added")).setFlexGrow(3);
        scopeGrid.addColumn(item -> item.active() ? "" : getTranslation("seal.seals.removed-note",
                Formats.dateTime(item.removedAt()), item.removedBy(), item.removeReason())).setKey("removed")
                .setHeader(getTranslation("seal.seals.removed")).setFlexGrow(3);
        return scopeGrid;
    }

    /** 在用, or 已停用 with who retired it, when and why as its tooltip. */
    private Span status(SealEntry seal) {
        Span status = new Span(getTranslation(seal.active() ? "seal.seals.active" : "seal.seals.retired"));
        String colour = seal.active() ? "success" : "error";
        status.getStyle().set("color", "var(--lumo-" + colour + "-text-color)")
                .set("background-color", "var(--lumo-" + colour + "-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0.2em 0.5em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        if (seal.retirement() != null) {
            status.setTitle(getTranslation("seal.seals.retired-note", Formats.dateTime(seal.retirement().retiredAt()),
                    seal.retirement().retiredBy(), seal.retirement().reason()));
        }
        return status;
    }

    private Optional<SealEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void showScope() {
        Optional<SealEntry> seal = selected();
        boolean changeable = seal.map(SealEntry::active).orElse(false);
        scope.setEnabled(changeable);
        retire.setEnabled(changeable);
        scopeTitle.setText(seal.map(chosen -> getTranslation("seal.seals.scope-of", chosen.code()))
                .orElse(getTranslation("seal.seals.scope")));
        scopeGrid.setItems(seal.map(SealEntry::scope).orElse(List.of()));
        scopeGrid.setEmptyStateText(getTranslation(seal.isPresent() ? "seal.seals.scope-empty"
                : "seal.seals.scope-choose"));
    }

    /** Reads the seals once: the grid shows the active ones unless asked for all, the use log's filter offers all. */
    private void refresh(Long selectId) {
        List<SealEntry> all = administration.list(null, null);
        List<SealEntry> seals = showRetired.getValue() ? all : all.stream().filter(SealEntry::active).toList();
        grid.setItems(seals);
        grid.deselectAll();
        if (selectId != null) {
            seals.stream().filter(seal -> seal.id() == selectId).findFirst().ifPresent(grid::select);
        }
        showScope();
        useLog.showSeals(all);
    }

    @Override
    public String getPageTitle() {
        return SealUi.title(this, TITLE);
    }
}

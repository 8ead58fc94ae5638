package org.tongban.identity.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.springframework.data.domain.PageRequest;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail;
import org.tongban.base.ui.Formats;
import org.tongban.identity.Roles;

/** 审计日志 — who did what to which record, newest first; searchable by person, action or target. */
@Route("admin/audit")
@Menu(title = AuditLogView.TITLE, order = 930, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "menu.admin.audit";

    private final TextField search = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditLogView(AuditLog auditLog) {
        setSizeFull();
        search.setId("audit-search");
        search.setPlaceholder(getTranslation("admin.audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("audit-grid");
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setKey("time").setHeader(getTranslation("admin.audit.time"));
        grid.addColumn(AuditEntry::actor).setKey("actor").setHeader(getTranslation("admin.audit.actor"));
        grid.addColumn(AuditEntry::action).setKey("action").setHeader(getTranslation("admin.audit.action"));
        grid.addColumn(AuditEntry::target).setKey("target").setHeader(getTranslation("admin.audit.target"));
        grid.addColumn(entry -> getTranslation(entry.outcome() == AuditTrail.Outcome.DENIED
                ? "admin.audit.denied" : "admin.audit.allowed")).setKey("outcome").setHeader(getTranslation("admin.audit.outcome"));
        grid.addColumn(AuditEntry::detail).setKey("detail").setHeader(getTranslation("admin.audit.detail")).setFlexGrow(3);
        grid.setItems(query -> auditLog.search(search.getValue(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) auditLog.search(search.getValue(), PageRequest.of(0, 1)).getTotalElements());

        add(new H2(getTranslation(TITLE)), search, grid);
        search.focus();
    }

    @Override
    public String getPageTitle() {
        return AdminUi.title(this, TITLE);
    }
}

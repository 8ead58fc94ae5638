package org.tongban.catalog.ui;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.catalog.WorkItemListAdministration.Retirement;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;
import org.tongban.identity.Roles;

/**
 * 工作事项清单 — the county's community work-item list as in force on a chosen day, with every revision of the
 * chosen entry. Administrators add entries, revise them from an effective date and retire them; nothing is deleted.
 */
@Route("admin/work-items")
@Menu(title = WorkItemsView.TITLE, order = 926, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class WorkItemsView extends RevisedListView<WorkItemEntry> {

    static final String TITLE = "catalog.menu.work-items";

    private final transient WorkItemListAdministration administration;

    public WorkItemsView(WorkItemListAdministration administration, Clock clock) {
        super(ListScreen.WORK_ITEMS, TITLE, clock, administration::list, administration::history,
                WorkItemsView::revision);
        this.administration = administration;
        addCodeColumn();
        grid.addColumn(new ComponentRenderer<>(entry -> kindBadge(entry.item().kind()))).setKey("kind")
                .setHeader(getTranslation("catalog.work-items.kind")).setFlexGrow(0).setWidth("8rem");
        grid.addColumn(entry -> entry.item().nameZh()).setKey("name").setHeader(getTranslation("catalog.work-items.name"))
                .setFlexGrow(4).setTooltipGenerator(entry -> entry.item().nameEn());
        grid.addColumn(entry -> entry.item().departments()).setKey("departments")
                .setHeader(getTranslation("catalog.work-items.departments")).setFlexGrow(1);
        grid.addColumn(entry -> entry.item().legalBasis()).setKey("legalBasis")
                .setHeader(getTranslation("catalog.work-items.legal-basis")).setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.item().legalBasis());
        addPeriodAndRevisionColumns();
    }

    static Revision revision(WorkItemEntry entry) {
        WorkItem item = entry.item();
        Retirement retirement = entry.retirement();
        Revision revision = new Revision(item.code(), item.revision(), item.nameZh(), item.effectiveFrom(),
                item.effectiveTo(), entry.changedBy(), entry.changedAt(), entry.reason());
        return retirement == null ? revision
                : revision.retired(retirement.retiredBy(), retirement.retiredAt(), retirement.reason());
    }

    /** 依法履职 green, 协助 blue, 负面清单 red. */
    private Component kindBadge(WorkItemKind kind) {
        String colour = switch (kind) {
            case DUTY -> "success";
            case ASSIST -> "primary";
            case NEGATIVE -> "error";
        };
        return CatalogUi.badge(getTranslation("catalog.work-item.badge." + kind.name()), colour);
    }

    @Override
    protected void openCreate() {
        new WorkItemDialog(administration, null, today, this::saved).open();
    }

    @Override
    protected void openRevise(WorkItemEntry latest) {
        new WorkItemDialog(administration, latest, today, this::saved).open();
    }

    @Override
    protected void openRetire(WorkItemEntry latest) {
        new RetireEntryDialog<>(screen, revision(latest), WorkItemListAdministration.REASON_MAX, today,
                (lastDay, reason) -> administration.retire(latest.code(), latest.revision(), lastDay, reason),
                this::saved).open();
    }
}

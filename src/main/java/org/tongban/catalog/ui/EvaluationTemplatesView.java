package org.tongban.catalog.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplateAdministration;
import org.tongban.catalog.EvaluationTemplateAdministration.Retirement;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateEntry;
import org.tongban.catalog.Indicator;
import org.tongban.identity.Roles;

/**
 * 绩效评价指标 — the performance-evaluation templates for purchased services as in force on a chosen day, and the
 * indicator tree of the revision chosen. Administrators add templates, revise them from an effective date (a revision
 * is the whole tree again) and retire them; nothing is deleted, and an evaluation keeps the revision it started with.
 */
@Route("admin/evaluation-templates")
@Menu(title = EvaluationTemplatesView.TITLE, order = 929, icon = "vaadin:scale")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class EvaluationTemplatesView extends RevisedListView<TemplateEntry> {

    static final String TITLE = "catalog.menu.evaluation-templates";

    private final transient EvaluationTemplateAdministration administration;
    private final H3 indicatorsTitle = new H3();
    private final TreeGrid<Indicator> indicators = new TreeGrid<>();

    public EvaluationTemplatesView(EvaluationTemplateAdministration administration, Clock clock) {
        super(ListScreen.EVALUATION_TEMPLATES, TITLE, clock, administration::list, administration::history,
                EvaluationTemplatesView::revision);
        this.administration = administration;
        addCodeColumn();
        grid.addColumn(entry -> entry.template().name()).setKey("name")
                .setHeader(getTranslation("catalog.evaluation-templates.name")).setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.template().source());
        grid.addColumn(entry -> levels(entry.template())).setKey("levels")
                .setHeader(getTranslation("catalog.evaluation-templates.levels")).setFlexGrow(0).setWidth("11rem");
        addPeriodAndRevisionColumns();
        // A county keeps a few templates; their indicators need the room.
        grid.setAllRowsVisible(true);
        setFlexGrow(0, grid);

        indicators.setId("evaluation-template-indicators");
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicators.addHierarchyColumn(Indicator::code).setKey("code")
                .setHeader(getTranslation("catalog.evaluation-templates.indicator-code")).setFlexGrow(0)
                .setWidth("9rem");
        indicators.addColumn(Indicator::name).setKey("name")
                .setHeader(getTranslation("catalog.evaluation-templates.indicator-name")).setFlexGrow(2)
                .setTooltipGenerator(Indicator::source);
        indicators.addColumn(indicator -> indicator.weight().toPlainString()).setKey("weight")
                .setHeader(getTranslation("catalog.evaluation-templates.weight")).setFlexGrow(0).setWidth("5rem");
        indicators.addColumn(Indicator::scoringRule).setKey("scoringRule")
                .setHeader(getTranslation("catalog.evaluation-templates.scoring-rule")).setFlexGrow(5);
        add(indicatorsTitle, indicators);
        setFlexGrow(3, indicators);
        whenRevisionChosen(this::showIndicators);
    }

    static Revision revision(TemplateEntry entry) {
        EvaluationTemplate template = entry.template();
        Retirement retirement = entry.retirement();
        Revision revision = new Revision(template.code(), template.revision(), template.name(),
                template.effectiveFrom(), template.effectiveTo(), entry.changedBy(), entry.changedAt(),
                entry.reason());
        return retirement == null ? revision
                : revision.retired(retirement.retiredBy(), retirement.retiredAt(), retirement.reason());
    }

    /** How many indicators each level has, e.g. 4 / 12 / 30. */
    private String levels(EvaluationTemplate template) {
        int[] counts = new int[EvaluationTemplateAdministration.LEVELS + 1];
        template.indicators().forEach(indicator -> counts[indicator.level()]++);
        return getTranslation("catalog.evaluation-templates.levels-count", counts[1], counts[2], counts[3]);
    }

    /** The chosen revision's indicators as a tree, all levels open. */
    private void showIndicators(TemplateEntry entry) {
        TreeData<Indicator> tree = new TreeData<>();
        if (entry == null) {
            indicatorsTitle.setText(getTranslation("catalog.evaluation-templates.indicators"));
        } else {
            EvaluationTemplate template = entry.template();
            indicatorsTitle.setText(getTranslation("catalog.evaluation-templates.indicators-of", template.code(),
                    template.revision()));
            Map<String, Indicator> byCode = new HashMap<>();
            for (Indicator indicator : template.indicators()) {
                byCode.put(indicator.code(), indicator);
                tree.addItem(indicator.parentCode() == null ? null : byCode.get(indicator.parentCode()), indicator);
            }
        }
        indicators.setTreeData(tree);
        indicators.expandRecursively(tree.getRootItems(), EvaluationTemplateAdministration.LEVELS);
        indicators.setEmptyStateText(getTranslation("catalog.evaluation-templates.indicators-choose"));
    }

    @Override
    protected void openCreate() {
        new EvaluationTemplateDialog(administration, null, today, this::saved).open();
    }

    @Override
    protected void openRevise(TemplateEntry latest) {
        new EvaluationTemplateDialog(administration, latest, today, this::saved).open();
    }

    @Override
    protected void openRetire(TemplateEntry latest) {
        new RetireEntryDialog<>(screen, revision(latest), EvaluationTemplateAdministration.REASON_MAX, today,
                (lastDay, reason) -> administration.retire(latest.code(), latest.revision(), lastDay, reason),
                this::saved).open();
    }
}

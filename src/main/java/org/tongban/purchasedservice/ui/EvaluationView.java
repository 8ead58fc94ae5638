package org.tongban.purchasedservice.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.Indicator;
import org.tongban.inbox.ui.InboxView;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.PerformanceEvaluations.IndicatorPoints;

/**
 * 绩效评价打分 — where the inbox sends an evaluator's task ({@code app:purchasedservice/evaluation}): the template
 * fixed at signing, grouped by its level-1 and level-2 indicators, each level-3 indicator with its weight, scoring rule,
 * points and evidence; the total kept up as points are typed. Saved and submitted later, or submitted at once.
 */
@Route(EvaluationView.ROUTE)
@RolesAllowed("EVALUATOR")
public class EvaluationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "purchasedservice/evaluation";

    private final transient PerformanceEvaluations evaluations;
    private final Map<String, BigDecimalField> points = new HashMap<>();
    private final Map<String, TextField> evidence = new HashMap<>();
    private final Span total = new Span();
    private String projectNumber = "";

    public EvaluationView(PerformanceEvaluations evaluations) {
        this.evaluations = evaluations;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        points.clear();
        evidence.clear();
        PerformanceEvaluations.EvaluationSheet sheet;
        try {
            sheet = evaluations.sheet(taskId);
        } catch (BusinessException refused) {
            add(new H2(getTranslation("purchasedservice.ui.evaluation.title")),
                    PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
            return;
        }
        projectNumber = sheet.projectNumber();
        H2 heading = new H2(getTranslation("purchasedservice.ui.evaluation.heading", sheet.projectNumber(),
                sheet.title()));
        heading.setId("ps-evaluation-heading");
        add(heading, new Paragraph(getTranslation("purchasedservice.ui.evaluation.facts", sheet.providerName(),
                sheet.templateCode(), sheet.templateName(), sheet.templateRevision())));
        Map<String, IndicatorPoints> saved = new HashMap<>();
        sheet.saved().forEach(entry -> saved.put(entry.indicatorCode(), entry));
        for (Indicator indicator : sheet.indicators()) {
            switch (indicator.level()) {
                case 1 -> add(new H3(indicator.name() + "（" + indicator.weight().toPlainString() + "）"));
                case 2 -> add(new H4(indicator.name() + "（" + indicator.weight().toPlainString() + "）"));
                default -> add(leaf(indicator, saved.get(indicator.code())));
            }
        }
        TextArea comment = PurchaseUi.textArea(this, "ps-evaluation-comment", "purchasedservice.ui.evaluation.comment",
                1000);
        comment.setValue(sheet.comment() == null ? "" : sheet.comment());
        total.setId("ps-evaluation-total");
        showTotal();
        Button save = new Button(getTranslation("purchasedservice.ui.scoring.save"), click -> {
            try {
                evaluations.save(taskId, entries(), comment.getValue());
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            Notifications.success(getTranslation("purchasedservice.ui.scoring.saved"));
        });
        save.setId("ps-evaluation-save");
        Button submit = Buttons.submit(getTranslation("purchasedservice.ui.evaluation.submit"), "ps-evaluation-submit",
                () -> {
                    try {
                        evaluations.submit(taskId, entries(), comment.getValue());
                    } catch (BusinessException refused) {
                        Notifications.error(PurchaseUi.describe(this, refused));
                        return;
                    }
                    Notifications.success(getTranslation("purchasedservice.ui.evaluation.submitted"));
                    getUI().ifPresent(ui -> ui.navigate(InboxView.class));
                });
        add(comment, total, new HorizontalLayout(save, submit));
    }

    private Div leaf(Indicator indicator, IndicatorPoints saved) {
        BigDecimalField field = new BigDecimalField();
        field.setId("ps-indicator-" + indicator.code());
        field.setWidth("8em");
        field.setPlaceholder("0–" + indicator.weight().toPlainString());
        field.setValue(saved == null ? null : saved.points());
        field.addValueChangeListener(change -> showTotal());
        TextField basis = new TextField();
        basis.setId("ps-evidence-" + indicator.code());
        basis.setPlaceholder(getTranslation("purchasedservice.ui.evaluation.evidence"));
        basis.setMaxLength(500);
        basis.setWidthFull();
        basis.setValue(saved == null || saved.evidence() == null ? "" : saved.evidence());
        points.put(indicator.code(), field);
        evidence.put(indicator.code(), basis);
        Span name = new Span(indicator.code() + " " + indicator.name() + "（" + indicator.weight().toPlainString() + "）");
        name.setWidth("20em");
        HorizontalLayout row = new HorizontalLayout(name, field, basis);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div cell = new Div(row);
        if (!indicator.scoringRule().isBlank()) {
            Paragraph rule = new Paragraph(indicator.scoringRule());
            rule.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(rule);
        }
        cell.setWidthFull();
        return cell;
    }

    private void showTotal() {
        BigDecimal sum = points.values().stream().map(BigDecimalField::getValue).filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("purchasedservice.ui.scoring.total", sum.stripTrailingZeros().toPlainString()));
    }

    private List<IndicatorPoints> entries() {
        List<IndicatorPoints> entries = new ArrayList<>();
        points.forEach((code, field) -> entries.add(new IndicatorPoints(code, field.getValue(),
                evidence.get(code).getValue())));
        return entries;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasedservice.ui.evaluation.title") + " · " + projectNumber + " · "
                + getTranslation("app.title");
    }
}

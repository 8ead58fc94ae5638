package org.tongban.purchasedservice.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.ui.InboxView;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.PanelScoring;
import org.tongban.purchasedservice.ProviderSelection;

/**
 * 回避声明与评分 — where the inbox sends a panel member's task ({@code app:purchasedservice/scoring}). The declaration
 * comes first: a conflict ends the task at once; without one, each response is scored on each of the notice's
 * criteria, with its total kept up as points are typed. Points can be saved and submitted later.
 */
@Route(ScoringView.ROUTE)
@RolesAllowed("EVALUATOR")
public class ScoringView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "purchasedservice/scoring";

    private final transient PanelScoring scoring;
    private final transient ProviderSelection selection;
    private final Map<String, BigDecimalField> fields = new HashMap<>();
    private String taskId;
    private String projectNumber = "";

    public ScoringView(PanelScoring scoring, ProviderSelection selection) {
        this.scoring = scoring;
        this.selection = selection;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String task) {
        taskId = task;
        render();
    }

    private void render() {
        removeAll();
        fields.clear();
        PanelScoring.ScoringSheet sheet;
        try {
            sheet = scoring.sheet(taskId);
        } catch (BusinessException refused) {
            add(new H2(getTranslation("purchasedservice.ui.scoring.title")),
                    PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
            return;
        }
        projectNumber = sheet.projectNumber();
        H2 heading = new H2(getTranslation("purchasedservice.ui.scoring.heading", sheet.projectNumber(), sheet.title(),
                sheet.round()));
        heading.setId("ps-scoring-heading");
        add(heading);
        if (sheet.declared() == null) {
            add(declaration());
        } else {
            add(sheetOf(sheet));
        }
    }

    /** 回避声明: whether the member has an interest in any of the responders listed. */
    private Component declaration() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph(getTranslation("purchasedservice.ui.scoring.declaration-text")));
        RadioButtonGroup<Boolean> conflict = new RadioButtonGroup<>();
        conflict.setId("ps-declare-conflict");
        conflict.setItems(Boolean.FALSE, Boolean.TRUE);
        conflict.setItemLabelGenerator(value -> getTranslation(value ? "purchasedservice.ui.scoring.conflict"
                : "purchasedservice.ui.scoring.no-conflict"));
        TextArea note = PurchaseUi.textArea(this, "ps-declare-note", "purchasedservice.ui.scoring.conflict-note", 500);
        note.setVisible(false);
        conflict.addValueChangeListener(change -> note.setVisible(Boolean.TRUE.equals(change.getValue())));
        Button declare = Buttons.submit(getTranslation("purchasedservice.ui.scoring.declare"), "ps-declare", () -> {
            if (conflict.getValue() == null) {
                Notifications.error(getTranslation("purchasedservice.ui.scoring.choose"));
                return;
            }
            try {
                scoring.declare(taskId, conflict.getValue(), note.getValue());
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            if (conflict.getValue()) {
                Notifications.success(getTranslation("purchasedservice.ui.scoring.recused"));
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            } else {
                render();
            }
        });
        layout.add(conflict, note, declare);
        return layout;
    }

    private Component sheetOf(PanelScoring.ScoringSheet sheet) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Map<String, BigDecimal> saved = new HashMap<>();
        sheet.saved().forEach(points -> saved.put(key(points.bidId(), points.criterion()), points.points()));
        for (ProviderSelection.BidEntry bid : sheet.bids()) {
            layout.add(bidCard(sheet, bid, saved));
        }
        Button save = new Button(getTranslation("purchasedservice.ui.scoring.save"), click -> {
            try {
                scoring.save(taskId, points(sheet));
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            Notifications.success(getTranslation("purchasedservice.ui.scoring.saved"));
        });
        save.setId("ps-scoring-save");
        Button submit = Buttons.submit(getTranslation("purchasedservice.ui.scoring.submit"), "ps-scoring-submit", () -> {
            try {
                scoring.submit(taskId, points(sheet));
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            Notifications.success(getTranslation("purchasedservice.ui.scoring.submitted"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        });
        layout.add(new HorizontalLayout(save, submit));
        return layout;
    }

    private Component bidCard(PanelScoring.ScoringSheet sheet, ProviderSelection.BidEntry bid,
                              Map<String, BigDecimal> saved) {
        Div card = new Div();
        card.setId("ps-scoring-bid-" + bid.providerCode());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)").set("width", "100%");
        H3 name = new H3(bid.providerName() + (bid.partyOrganisation()
                ? " · " + getTranslation("purchasedservice.ui.scoring.party") : ""));
        Paragraph facts = new Paragraph(getTranslation("purchasedservice.ui.scoring.bid-facts",
                PurchaseUi.yuan(bid.price()), bid.planSummary()));
        facts.getStyle().set("white-space", "pre-wrap");
        HorizontalLayout files = new HorizontalLayout();
        bid.files().forEach(file -> files.add(Downloads.link(file.fileName(), true, () -> {
            Bids.StoredFile stored = selection.bidFile(sheet.projectId(), file.id());
            return new Downloads.File(stored.fileName(), stored.contentType(), stored.content());
        })));
        Span total = new Span();
        total.setId("ps-scoring-total-" + bid.providerCode());
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        List<BigDecimalField> ofBid = new ArrayList<>();
        for (int index = 0; index < sheet.criteria().size(); index++) {
            NoticeDraft.Criterion criterion = sheet.criteria().get(index);
            BigDecimalField points = new BigDecimalField(getTranslation("purchasedservice.ui.scoring.criterion",
                    criterion.name(), criterion.weight()));
            points.setId("ps-score-" + bid.providerCode() + "-" + index);
            points.setWidth("11em");
            points.setValue(saved.get(key(bid.id(), index)));
            if (criterion.description() != null) {
                points.setHelperText(criterion.description());
            }
            points.addValueChangeListener(change -> showTotal(total, ofBid));
            fields.put(key(bid.id(), index), points);
            ofBid.add(points);
            row.add(points);
        }
        showTotal(total, ofBid);
        card.add(name, facts, files, row, total);
        return card;
    }

    private void showTotal(Span total, List<BigDecimalField> ofBid) {
        BigDecimal sum = ofBid.stream().map(BigDecimalField::getValue).filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("purchasedservice.ui.scoring.total", sum.stripTrailingZeros().toPlainString()));
    }

    private List<PanelScoring.Points> points(PanelScoring.ScoringSheet sheet) {
        List<PanelScoring.Points> points = new ArrayList<>();
        for (ProviderSelection.BidEntry bid : sheet.bids()) {
            for (int index = 0; index < sheet.criteria().size(); index++) {
                BigDecimalField field = fields.get(key(bid.id(), index));
                points.add(new PanelScoring.Points(bid.id(), index, field.getValue()));
            }
        }
        return points;
    }

    private static String key(long bidId, int criterion) {
        return bidId + ":" + criterion;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasedservice.ui.scoring.title") + " · " + projectNumber + " · "
                + getTranslation("app.title");
    }
}

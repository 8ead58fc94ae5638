package org.tongban.workaccess.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.Messages;
import org.tongban.base.ui.Formats;
import org.tongban.workaccess.EvaluationDirection;
import org.tongban.workaccess.TwoWayEvaluations;
import org.tongban.workaccess.TwoWayEvaluations.EvaluationEntry;
import org.tongban.workaccess.TwoWayEvaluations.PendingEvaluation;

/**
 * 双向评价 — what the user's community or department still has to rate, each opened in a dialog with its three
 * criteria, and below it what they have rated (read-only: an evaluation is never changed).
 */
@Route(EvaluationsView.ROUTE)
@Menu(title = EvaluationsView.TITLE, order = 22, icon = "vaadin:star-half-left-o")
@RolesAllowed({"DEPT_HANDLER", "DEPT_REVIEWER", "FRONT_DESK", "DIRECTOR"})
public class EvaluationsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workaccess/evaluations";
    static final String TITLE = "workaccess.evaluation.menu";

    private final transient TwoWayEvaluations evaluations;
    private final transient Messages messages;
    private final Grid<PendingEvaluation> pending = new Grid<>();
    private final Grid<EvaluationEntry> submitted = new Grid<>();

    public EvaluationsView(TwoWayEvaluations evaluations, Messages messages) {
        this.evaluations = evaluations;
        this.messages = messages;

        pending.setId("evaluation-pending-grid");
        pending.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(getTranslation("workaccess.evaluation.pending-none"));
        pending.addColumn(PendingEvaluation::decisionNumber).setHeader(getTranslation("workaccess.evaluation.decision"))
                .setAutoWidth(true);
        pending.addColumn(PendingEvaluation::title).setHeader(getTranslation("workaccess.evaluation.work"))
                .setFlexGrow(3);
        pending.addColumn(PendingEvaluation::departmentName)
                .setHeader(getTranslation("workaccess.evaluation.department")).setFlexGrow(2);
        pending.addColumn(PendingEvaluation::communityName)
                .setHeader(getTranslation("workaccess.evaluation.community"));
        pending.addColumn(row -> getTranslation(row.direction().messageKey()))
                .setHeader(getTranslation("workaccess.evaluation.direction")).setAutoWidth(true);
        pending.addColumn(row -> Formats.date(row.startOn()) + " ～ " + Formats.date(row.endOn()))
                .setHeader(getTranslation("workaccess.evaluation.period")).setAutoWidth(true);
        pending.addComponentColumn(this::rateButton).setKey("rate").setAutoWidth(true).setFlexGrow(0);

        submitted.setId("evaluation-submitted-grid");
        submitted.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        submitted.setAllRowsVisible(true);
        submitted.setEmptyStateText(getTranslation("workaccess.evaluation.submitted-none"));
        submitted.addColumn(EvaluationEntry::decisionNumber)
                .setHeader(getTranslation("workaccess.evaluation.decision")).setAutoWidth(true);
        submitted.addColumn(EvaluationEntry::title).setHeader(getTranslation("workaccess.evaluation.work"))
                .setFlexGrow(2);
        submitted.addColumn(EvaluationEntry::departmentName)
                .setHeader(getTranslation("workaccess.evaluation.department")).setFlexGrow(2);
        submitted.addColumn(EvaluationEntry::communityName)
                .setHeader(getTranslation("workaccess.evaluation.community"));
        submitted.addColumn(row -> getTranslation(row.direction().messageKey()))
                .setHeader(getTranslation("workaccess.evaluation.direction")).setAutoWidth(true);
        submitted.addColumn(this::scores).setHeader(getTranslation("workaccess.evaluation.scores")).setFlexGrow(3);
        submitted.addColumn(row -> Formats.orEmpty(row.comment()))
                .setHeader(getTranslation("workaccess.evaluation.comment")).setFlexGrow(2);
        submitted.addColumn(EvaluationEntry::ratedBy).setHeader(getTranslation("workaccess.evaluation.rated-by"));
        submitted.addColumn(row -> Formats.dateTime(row.ratedAt()))
                .setHeader(getTranslation("workaccess.evaluation.rated-at")).setAutoWidth(true);

        Div note = new Div();
        note.setText(getTranslation("workaccess.evaluation.note"));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2(getTranslation("workaccess.evaluation.title")), note,
                new H3(getTranslation("workaccess.evaluation.pending")), pending,
                new H3(getTranslation("workaccess.evaluation.submitted")), submitted);
        refresh();
    }

    private Button rateButton(PendingEvaluation row) {
        Button rate = new Button(getTranslation("workaccess.evaluation.rate"),
                click -> new EvaluationDialog(evaluations, messages, row, this::refresh).open());
        rate.setId("evaluation-rate-" + row.requestId() + "-" + row.communityCode() + "-" + row.direction().name());
        rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return rate;
    }

    /** 经费到位 5 · 工作负担 4 · 要求清晰 5 — the criteria named, since the two directions have different ones. */
    private String scores(EvaluationEntry row) {
        return scores(this, row);
    }

    /** "经费到位 4 · 工作负担 3 · 要求清晰 5": the three criteria of the entry's direction with their scores. */
    static String scores(com.vaadin.flow.component.Component owner, EvaluationEntry row) {
        EvaluationDirection direction = row.direction();
        List<Integer> values = List.of(row.scoreOne(), row.scoreTwo(), row.scoreThree());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(" · ");
            }
            text.append(owner.getTranslation(direction.criterionKey(i + 1))).append(' ').append(values.get(i));
        }
        return text.toString();
    }

    private void refresh() {
        pending.setItems(evaluations.pendingForMe());
        submitted.setItems(evaluations.submittedByMyUnits());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

package org.tongban.workaccess.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.workaccess.TwoWayEvaluations;
import org.tongban.workaccess.TwoWayEvaluations.PendingEvaluation;

/**
 * One evaluation: the direction's three criteria, 1–5 each, and an optional comment. The service decides whether
 * it may be given (end date, unit, once only); its refusal is shown as it says.
 */
class EvaluationDialog extends Dialog {

    private static final List<Integer> SCORES = IntStream.rangeClosed(1, 5).boxed().toList();
    private static final int MAX_COMMENT = 500;

    private final transient TwoWayEvaluations evaluations;
    private final transient Messages messages;
    private final PendingEvaluation pending;
    private final transient Runnable onSaved;
    private final List<RadioButtonGroup<Integer>> scores;
    private final TextArea comment = new TextArea();

    EvaluationDialog(TwoWayEvaluations evaluations, Messages messages, PendingEvaluation pending, Runnable onSaved) {
        this.evaluations = evaluations;
        this.messages = messages;
        this.pending = pending;
        this.onSaved = onSaved;
        setId("evaluation-dialog");
        setHeaderTitle(getTranslation("workaccess.evaluation.dialog-title",
                pending.title() + " · " + getTranslation(pending.direction().messageKey())));
        setWidth("36em");

        Div about = new Div();
        about.setText(getTranslation("workaccess.evaluation.about", pending.decisionNumber(), pending.departmentName(),
                pending.communityName()));
        about.getStyle().set("color", "var(--lumo-secondary-text-color)");
        scores = IntStream.rangeClosed(1, 3).mapToObj(this::score).toList();
        comment.setId("evaluation-comment");
        comment.setLabel(getTranslation("workaccess.evaluation.comment"));
        comment.setMaxLength(MAX_COMMENT);
        comment.setWidthFull();
        VerticalLayout content = new VerticalLayout(about);
        content.setPadding(false);
        scores.forEach(content::add);
        content.add(comment);
        add(content);

        Button submit = new Button(getTranslation("workaccess.evaluation.submit"), click -> submit());
        submit.setId("evaluation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("workaccess.evaluation.cancel"), click -> close());
        getFooter().add(cancel, submit);
    }

    private RadioButtonGroup<Integer> score(int number) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setId("evaluation-score-" + number);
        group.setLabel(getTranslation(pending.direction().criterionKey(number)));
        group.setHelperText(getTranslation(pending.direction().criterionKey(number) + ".hint"));
        group.setItems(SCORES);
        group.setRequiredIndicatorVisible(true);
        return group;
    }

    private void submit() {
        if (scores.stream().anyMatch(group -> group.getValue() == null)) {
            Notifications.error(getTranslation("workaccess.evaluation.choose-scores"));
            return;
        }
        try {
            evaluations.rate(pending.requestId(), pending.communityCode(), pending.direction(),
                    scores.get(0).getValue(), scores.get(1).getValue(), scores.get(2).getValue(), comment.getValue());
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
            if (refused.kind() == BusinessException.Kind.CONFLICT) {
                // Rated meanwhile by a colleague of the same unit: nothing left to do here, show the list as it is.
                close();
                onSaved.run();
            }
            return;
        }
        close();
        Notifications.success(getTranslation("workaccess.evaluation.saved"));
        onSaved.run();
    }
}

package org.tongban.purchasedservice.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Formats;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.PerformanceEvaluations.EvaluationDetail;

/** 绩效评价 on the project's page: evaluators and their totals, the grade and its consequence, the report, closure. */
class EvaluationPanel extends Composite<VerticalLayout> {

    EvaluationPanel(long projectId, EvaluationDetail detail, PerformanceEvaluations evaluations) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("purchasedservice.ui.evaluation.title")));
        Paragraph evaluators = new Paragraph(getTranslation("purchasedservice.ui.evaluation.evaluators",
                String.join("、", detail.evaluators().stream().map(evaluator -> evaluator.name()
                        + (evaluator.total() == null ? getTranslation("purchasedservice.ui.evaluation.pending")
                        : "（" + evaluator.total().toPlainString() + "）")).toList())));
        evaluators.setId("ps-evaluators");
        layout.add(evaluators);
        if (detail.grade() != null) {
            Paragraph grade = new Paragraph(getTranslation("purchasedservice.ui.grade.result",
                    detail.score().toPlainString(), getTranslation(detail.grade().messageKey()),
                    detail.finalPaymentShare()));
            grade.setId("ps-grade");
            layout.add(grade, Downloads.pdf(getTranslation("purchasedservice.ui.grade.report"),
                    "绩效评价报告-" + projectId + ".pdf", () -> evaluations.report(projectId)));
        }
        if (detail.providerObjection() != null) {
            layout.add(new Paragraph(getTranslation("purchasedservice.ui.grade.objection", detail.providerObjection(),
                    detail.objectionAnswer() == null ? getTranslation("purchasedservice.ui.change.open")
                            : detail.objectionAnswer())));
        }
        detail.publicReviews().forEach(review -> layout.add(new Paragraph(getTranslation(
                "purchasedservice.ui.review.entry", Formats.date(review.heldOn()), review.participants(),
                review.opinions(), review.response()))));
        if (detail.closedAt() != null) {
            Paragraph closed = new Paragraph(getTranslation("purchasedservice.ui.close.entry",
                    Formats.dateTime(detail.closedAt()), detail.closingSummary()));
            closed.setId("ps-closed");
            layout.add(closed);
        }
    }
}

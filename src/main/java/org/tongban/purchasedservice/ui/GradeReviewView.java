package org.tongban.purchasedservice.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import org.tongban.purchasedservice.Delivery;
import org.tongban.purchasedservice.PerformanceEvaluations;

/**
 * 承接主体确认评价 — where the inbox sends the provider's view of its grade ({@code app:purchasedservice/grade}):
 * the score, the grade, what it means for the final payment and the report; confirm, or object once with grounds.
 */
@Route(GradeReviewView.ROUTE)
@RolesAllowed("PROVIDER")
public class GradeReviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "purchasedservice/grade";

    private final transient PerformanceEvaluations evaluations;
    private final transient Delivery delivery;

    public GradeReviewView(PerformanceEvaluations evaluations, Delivery delivery) {
        this.evaluations = evaluations;
        this.delivery = delivery;
        setMaxWidth("900px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        add(new H2(getTranslation("purchasedservice.ui.step.Task_ProviderReview")));
        long projectId;
        PerformanceEvaluations.EvaluationDetail detail;
        try {
            projectId = delivery.projectOfTask(taskId);
            detail = evaluations.evaluation(projectId);
        } catch (BusinessException refused) {
            add(PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
            return;
        }
        Paragraph result = new Paragraph(getTranslation("purchasedservice.ui.grade.result",
                detail.score().toPlainString(), getTranslation(detail.grade().messageKey()),
                detail.finalPaymentShare()));
        result.setId("ps-grade-result");
        add(result, Downloads.pdf(getTranslation("purchasedservice.ui.grade.report"), "绩效评价报告.pdf",
                () -> evaluations.report(projectId)));
        RadioButtonGroup<Boolean> confirm = new RadioButtonGroup<>();
        confirm.setId("ps-grade-confirm");
        confirm.setItems(Boolean.TRUE, Boolean.FALSE);
        confirm.setItemLabelGenerator(value -> getTranslation(value ? "purchasedservice.ui.grade.confirm"
                : "purchasedservice.ui.grade.object"));
        TextArea grounds = PurchaseUi.textArea(this, "ps-grade-grounds", "purchasedservice.ui.bids.grounds", 1000);
        add(new Paragraph(getTranslation("purchasedservice.ui.grade.once")), confirm, grounds,
                Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-grade-submit", () -> {
                    try {
                        if (confirm.getValue() == null) {
                            throw BusinessException.invalid("purchasedservice.error.decision-required");
                        }
                        evaluations.review(taskId, confirm.getValue(), grounds.getValue());
                    } catch (BusinessException refused) {
                        Notifications.error(PurchaseUi.describe(this, refused));
                        return;
                    }
                    Notifications.success(getTranslation("purchasedservice.ui.grade.done"));
                    getUI().ifPresent(ui -> ui.navigate(InboxView.class));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasedservice.ui.step.Task_ProviderReview") + " · " + getTranslation("app.title");
    }
}

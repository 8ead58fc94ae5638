package org.tongban.purchasedservice.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.MemoryUpload;
import org.tongban.base.ui.Notifications;
import org.tongban.inbox.ui.InboxView;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.Delivery;

/**
 * Where the inbox sends a provider's delivery task ({@code app:purchasedservice/delivery}): the milestone to report
 * with its evidence (again after a return, with the issues shown), or the rectification after a failed acceptance.
 * The contract's milestones and the earlier acceptance are shown with it.
 */
@Route(DeliveryTaskView.ROUTE)
@RolesAllowed("PROVIDER")
public class DeliveryTaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "purchasedservice/delivery";
    private static final int MAX_UPLOAD_MB = 10;

    private final transient Delivery delivery;
    private String title = "";

    public DeliveryTaskView(Delivery delivery) {
        this.delivery = delivery;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        Delivery.DeliveryDetail detail;
        try {
            detail = delivery.delivery(delivery.projectOfTask(taskId));
        } catch (BusinessException refused) {
            add(new H2(getTranslation("purchasedservice.ui.delivery.title")),
                    PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
            return;
        }
        Delivery.MilestoneView current = detail.milestones().stream()
                .filter(milestone -> "PENDING".equals(milestone.status()) || "RETURNED".equals(milestone.status()))
                .findFirst().orElse(null);
        boolean rectifying = current == null;
        title = rectifying ? getTranslation("purchasedservice.ui.step.Task_Rectify")
                : getTranslation("purchasedservice.ui.delivery.report-title", current.name());
        H2 heading = new H2(title);
        heading.setId("ps-delivery-heading");
        add(heading, new Paragraph(getTranslation("purchasedservice.ui.delivery.summary", detail.providerName(),
                PurchaseUi.yuan(detail.amount()), PurchaseUi.yuan(detail.paid()), Formats.date(detail.endOn()))));
        TextArea text = PurchaseUi.textArea(this, "ps-delivery-text", rectifying
                ? "purchasedservice.ui.delivery.rectification" : "purchasedservice.ui.delivery.report", 2000);
        if (rectifying) {
            detail.acceptances().stream().reduce((first, second) -> second).ifPresent(last -> add(new Paragraph(
                    getTranslation("purchasedservice.ui.delivery.failed-findings", last.findings()))));
            add(text, Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-delivery-submit",
                    () -> submit(() -> delivery.rectify(taskId, text.getValue()))));
            return;
        }
        add(new Paragraph(getTranslation("purchasedservice.ui.delivery.milestone-facts", current.deliverable(),
                Formats.date(current.dueOn()), current.paymentPercent())));
        if (current.checkNote() != null) {
            Paragraph returned = new Paragraph(getTranslation("purchasedservice.ui.delivery.returned",
                    current.checkNote()));
            returned.setId("ps-delivery-returned");
            add(returned);
        }
        MemoryUpload evidence = new MemoryUpload("ps-delivery-evidence", MAX_UPLOAD_MB);
        add(text, new H3(getTranslation("purchasedservice.ui.delivery.evidence")), evidence,
                Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-delivery-submit",
                        () -> submit(() -> delivery.report(taskId, text.getValue(), evidence.files().stream()
                                .map(file -> new Bids.NewFile(file.fileName(), file.content())).toList()))));
    }

    private void submit(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Notifications.error(PurchaseUi.describe(this, refused));
            return;
        }
        Notifications.success(getTranslation("purchasedservice.ui.delivery.sent"));
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}

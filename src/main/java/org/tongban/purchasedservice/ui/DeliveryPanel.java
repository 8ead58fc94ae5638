package org.tongban.purchasedservice.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.Delivery;

/**
 * Delivery on the project's page: each milestone with its report, evidence, check and payment (finance records a
 * payment once the milestone passed), the acceptance attempts with the service users' part, and the changes.
 */
class DeliveryPanel extends Composite<VerticalLayout> {

    private final transient Delivery delivery;

    DeliveryPanel(Delivery delivery, Delivery.DeliveryDetail detail, boolean finance, LocalDate today,
                  Consumer<String> done) {
        this.delivery = delivery;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("purchasedservice.ui.delivery.title")));
        Paragraph summary = new Paragraph(getTranslation("purchasedservice.ui.delivery.summary",
                detail.providerName(), PurchaseUi.yuan(detail.amount()), PurchaseUi.yuan(detail.paid()),
                Formats.date(detail.endOn())));
        summary.setId("ps-delivery-summary");
        layout.add(summary);
        Grid<Delivery.MilestoneView> milestones = new Grid<>();
        milestones.setId("ps-delivery-milestones");
        milestones.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        milestones.addColumn(milestone -> milestone.name() + " · " + Formats.date(milestone.dueOn()))
                .setHeader(getTranslation("purchasedservice.ui.contract.milestone")).setAutoWidth(true);
        milestones.addColumn(milestone -> getTranslation("purchasedservice.milestone." + milestone.status()))
                .setHeader(getTranslation("purchasedservice.ui.column.status")).setKey("status").setAutoWidth(true);
        milestones.addColumn(milestone -> Formats.orEmpty(milestone.report())
                        + (milestone.checkNote() == null ? "" : " — " + milestone.checkNote()))
                .setHeader(getTranslation("purchasedservice.ui.delivery.report")).setFlexGrow(3);
        milestones.addComponentColumn(milestone -> {
            HorizontalLayout links = new HorizontalLayout();
            milestone.evidence().forEach(file -> links.add(Downloads.link(file.fileName(), true, () -> {
                Bids.StoredFile stored = delivery.evidence(file.id());
                return new Downloads.File(stored.fileName(), stored.contentType(), stored.content());
            })));
            return links;
        }).setHeader(getTranslation("purchasedservice.ui.delivery.evidence")).setFlexGrow(1);
        milestones.addComponentColumn(milestone -> payment(milestone, finance, today, done))
                .setHeader(getTranslation("purchasedservice.ui.contract.payment")).setKey("payment")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        milestones.setItems(detail.milestones());
        milestones.setAllRowsVisible(true);
        layout.add(milestones);
        detail.acceptances().forEach(acceptance -> layout.add(acceptance(acceptance)));
        detail.changes().forEach(change -> {
            Paragraph entry = new Paragraph(getTranslation("purchasedservice.ui.change.entry",
                    getTranslation(change.kind().messageKey()), change.description(), change.reason(),
                    change.requestedBy(), change.approved() == null ? getTranslation("purchasedservice.ui.change.open")
                            : getTranslation(change.approved() ? "purchasedservice.ui.change.approved"
                            : "purchasedservice.ui.change.refused", change.decidedBy(),
                            Formats.orEmpty(change.decisionNote()))));
            layout.add(entry);
        });
    }

    private Component payment(Delivery.MilestoneView milestone, boolean finance, LocalDate today,
                              Consumer<String> done) {
        Div cell = new Div();
        cell.setText(milestone.paymentPercent() + "% · " + PurchaseUi.yuan(milestone.paymentAmount())
                + (milestone.paidOn() == null ? "" : " · " + getTranslation("purchasedservice.ui.delivery.paid",
                Formats.date(milestone.paidOn()), milestone.voucher())));
        if (finance && "PAYABLE".equals(milestone.status())) {
            Button pay = new Button(getTranslation("purchasedservice.ui.delivery.pay"),
                    click -> openPayment(milestone, today, done));
            pay.setId("ps-pay-" + milestone.position());
            pay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            cell.add(pay);
        }
        return cell;
    }

    private void openPayment(Delivery.MilestoneView milestone, LocalDate today, Consumer<String> done) {
        Dialog dialog = new Dialog(getTranslation("purchasedservice.ui.delivery.pay-title", milestone.name()));
        DatePicker paidOn = new DatePicker(getTranslation("purchasedservice.ui.delivery.paid-on"), today);
        paidOn.setId("ps-pay-date");
        TextField amount = new TextField(getTranslation("purchasedservice.ui.delivery.amount"));
        amount.setId("ps-pay-amount");
        amount.setValue(milestone.paymentAmount().toPlainString());
        TextField voucher = new TextField(getTranslation("purchasedservice.ui.delivery.voucher"));
        voucher.setId("ps-pay-voucher");
        dialog.add(new VerticalLayout(paidOn, amount, voucher));
        Button save = new Button(getTranslation("purchasedservice.ui.delivery.pay"), click -> {
            try {
                delivery.pay(milestone.id(), paidOn.getValue(), amount.getValue(), voucher.getValue());
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            dialog.close();
            done.accept(getTranslation("purchasedservice.ui.delivery.paid-note", milestone.name()));
        });
        save.setId("ps-pay-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        voucher.focus();
    }

    private Component acceptance(Delivery.AcceptanceView acceptance) {
        StringBuilder users = new StringBuilder();
        if (acceptance.surveyResponses() != null) {
            users.append(getTranslation("purchasedservice.ui.acceptance.survey-result", acceptance.surveySample(),
                    acceptance.surveyResponses(), acceptance.surveySatisfied(),
                    acceptance.satisfaction().toPlainString()));
        }
        if (acceptance.representatives() != null) {
            users.append(' ').append(getTranslation("purchasedservice.ui.acceptance.representatives-result",
                    acceptance.representatives(), Formats.orEmpty(acceptance.userOpinion())));
        }
        Paragraph entry = new Paragraph(getTranslation("purchasedservice.ui.acceptance.entry", acceptance.attempt(),
                getTranslation(acceptance.passed() ? "purchasedservice.ui.acceptance.passed"
                        : "purchasedservice.ui.acceptance.failed"), Formats.dateTime(acceptance.acceptedAt()),
                acceptance.acceptedBy(), users.toString().strip(), acceptance.findings())
                + (acceptance.rectification() == null ? "" : " " + getTranslation(
                "purchasedservice.ui.acceptance.rectified", acceptance.rectification())));
        entry.setId("ps-acceptance-" + acceptance.attempt());
        entry.getStyle().set("white-space", "pre-wrap");
        return entry;
    }
}

package org.tongban.onewindow.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.Intake;
import org.tongban.onewindow.OnlineApplications;

/**
 * 办件查询 — the resident follows a case with its number and query code: where it stands, the promised date, the
 * notices to download, corrected materials to upload when asked, and the rating once the result was delivered.
 */
@Route(value = OnlineQueryView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class OnlineQueryView extends ResidentPage implements HasDynamicTitle {

    static final String ROUTE = "online/query";

    private final transient OnlineApplications online;
    private final transient Messages messages;
    private final TextField caseNumber = new TextField();
    private final TextField queryCode = new TextField();
    private final VerticalLayout result = new VerticalLayout();

    public OnlineQueryView(OnlineApplications online, Messages messages) {
        this.online = online;
        this.messages = messages;
        caseNumber.setId("query-case-number");
        caseNumber.setLabel(getTranslation("onewindow.case.number"));
        caseNumber.setMaxLength(40);
        queryCode.setId("query-code");
        queryCode.setLabel(getTranslation("onewindow.pdf.query-code"));
        queryCode.setMaxLength(12);
        Button find = new Button(getTranslation("onewindow.online.find"), click -> show());
        find.setId("query-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout ask = new HorizontalLayout(caseNumber, queryCode, find);
        ask.setAlignItems(Alignment.BASELINE);
        result.setPadding(false);
        add(new H2(getTranslation("onewindow.online.query")), ask, result);
    }

    private void show() {
        result.removeAll();
        CaseDetail detail;
        try {
            detail = online.find(caseNumber.getValue(), queryCode.getValue());
        } catch (BusinessException refused) {
            Span refusal = new Span(messages.describe(refused, getLocale()));
            refusal.setId("query-refusal");
            refusal.getElement().getThemeList().add("badge error");
            result.add(refusal);
            return;
        }
        FormLayout facts = new FormLayout();
        fact(facts, "onewindow.case.item", detail.itemName(), null);
        fact(facts, "onewindow.case.status", getTranslation(detail.status().messageKey()), "query-status");
        fact(facts, "onewindow.case.applicant", detail.applicantName(), null);
        fact(facts, "onewindow.case.received", Formats.dateTime(detail.receivedAt()), null);
        fact(facts, "onewindow.case.due", detail.dueOn() == null ? "" : Formats.date(detail.dueOn()), null);
        fact(facts, "onewindow.case.first-contact", Formats.orEmpty(detail.receivedByName()), null);
        result.add(facts);
        HorizontalLayout notices = new HorizontalLayout();
        for (CaseDetail.Notice notice : detail.notices()) {
            String label = getTranslation(notice.kind().messageKey()) + " · " + Formats.date(notice.issuedOn());
            String number = caseNumber.getValue();
            String code = queryCode.getValue();
            StreamResource pdf = new StreamResource(label + ".pdf",
                    () -> new ByteArrayInputStream(online.noticePdf(number, code, notice.id())));
            pdf.setContentType("application/pdf");
            Anchor link = new Anchor(pdf, label);
            link.getElement().setAttribute("download", true);
            notices.add(link);
        }
        result.add(notices);
        if (detail.status().awaitsMaterials()) {
            result.add(resubmission(detail));
        }
        if (detail.status() == CaseStatus.DELIVERED) {
            result.add(rating());
        }
    }

    private VerticalLayout resubmission(CaseDetail detail) {
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("onewindow.case.resubmit")));
        panel.setPadding(false);
        detail.notices().stream().filter(notice -> !notice.items().isEmpty()).reduce((first, second) -> second)
                .ifPresent(last -> last.items().forEach(asked -> panel.add(new Span("· " + asked))));
        List<Intake.UploadedFile> files = new ArrayList<>();
        for (CaseDetail.Material material : detail.materials()) {
            HorizontalLayout row = new HorizontalLayout(new Span(material.name()),
                    materialUpload("query-upload-" + material.code(), material.code(), files));
            row.setAlignItems(Alignment.CENTER);
            panel.add(row);
        }
        Button send = new Button(getTranslation("onewindow.case.resubmit-action"), click -> act(
                () -> online.resubmit(caseNumber.getValue(), queryCode.getValue(), files), "onewindow.case.resubmitted"));
        send.setId("query-resubmit");
        panel.add(send);
        return panel;
    }

    private RatingForm rating() {
        return new RatingForm("query-rating", (rater, level, comment) -> act(() -> online.rate(caseNumber.getValue(),
                queryCode.getValue(), rater, level, comment), "onewindow.case.rated"));
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
            return;
        }
        Notifications.success(getTranslation(successKey));
        show();
    }

    private void fact(FormLayout facts, String labelKey, String value, String id) {
        Span text = new Span(value == null ? "" : value);
        if (id != null) {
            text.setId(id);
        }
        facts.addFormItem(text, getTranslation(labelKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onewindow.online.query") + " · " + getTranslation("app.title");
    }
}

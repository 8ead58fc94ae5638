package org.tongban.certificate.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.MemoryUpload;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateType;
import org.tongban.certificate.CertificateApplication;
import org.tongban.certificate.OnlineCertificates;
import org.tongban.certificate.SubmittedRequest;

/**
 * 网上申请出具证明 — a resident asks their community for a certificate without an account, any time: the answer of
 * the lists shows as they type, the evidence goes up as scans or photos, and the receipt gives the request number and
 * the query code to follow it and, once sent online, to download the certificate.
 */
@Route(value = OnlineCertificateView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class OnlineCertificateView extends OnlinePage implements HasDynamicTitle {

    static final String ROUTE = "online/certificate";

    private final transient OnlineCertificates online;
    private final ComboBox<String> community = new ComboBox<>();
    private final CertificateChooser certificate;
    private final Div answer = new Div();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final TextField purpose = new TextField();
    private final TextField demandedBy = new TextField();
    private final MemoryUpload evidence = new MemoryUpload("crt-online-evidence", CertificateUi.MAX_UPLOAD_MB);
    private final VerticalLayout form = new VerticalLayout();
    private final Div receipt = new Div();

    public OnlineCertificateView(OnlineCertificates online, CertificateList certificateList, Clock clock) {
        this.online = online;
        this.certificate = new CertificateChooser("crt-online-certificate", certificateList, LocalDate.now(clock),
                this::showAnswer);
        Map<String, String> communities = online.communities();
        community.setId("crt-online-community");
        community.setLabel(getTranslation("certificate.online.community"));
        community.setItems(communities.keySet());
        community.setItemLabelGenerator(code -> communities.getOrDefault(code, code));
        community.setWidthFull();
        community.setRequiredIndicatorVisible(true);
        answer.setId("crt-online-answer");
        answer.setWidthFull();
        field(name, "crt-online-name", "certificate.ui.applicant-name", 50);
        field(idNumber, "crt-online-id", "certificate.ui.id-number", 18);
        field(phone, "crt-online-phone", "certificate.ui.phone", 11);
        field(purpose, "crt-online-purpose", "certificate.ui.purpose", 100);
        purpose.setHelperText(getTranslation("certificate.ui.purpose-help"));
        field(demandedBy, "crt-online-demanded-by", "certificate.ui.demanded-by", 100);
        demandedBy.setHelperText(getTranslation("certificate.ui.demanded-by-help"));
        FormLayout fields = new FormLayout(name, idNumber, phone, purpose, demandedBy);
        Button submit = Buttons.submit(getTranslation("certificate.online.submit"), "crt-online-submit", this::submit);
        form.setPadding(false);
        form.add(new H2(getTranslation("certificate.online.apply")), community, certificate, answer, fields,
                new H3(getTranslation("certificate.ui.intake.evidence")),
                CertificateUi.note(getTranslation("certificate.online.evidence-help")), evidence, submit);
        receipt.setId("crt-online-receipt");
        add(form, receipt);
    }

    private static void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(!"crt-online-demanded-by".equals(id));
    }

    private void showAnswer() {
        answer.removeAll();
        CertificateType type = certificate.getValue();
        if (type != null || certificate.unlisted() != null) {
            answer.add(ListAnswer.of(this, type, certificate.unlisted()));
        }
    }

    private void submit() {
        CertificateType type = certificate.getValue();
        List<CertificateApplication.Evidence> files = evidence.files().stream()
                .map(file -> new CertificateApplication.Evidence(file.fileName(), file.content())).toList();
        SubmittedRequest submitted;
        try {
            submitted = online.apply(new CertificateApplication(type == null ? null : type.code(),
                    type == null ? certificate.unlisted() : null, purpose.getValue(), demandedBy.getValue(), null,
                    name.getValue(), idNumber.getValue(), phone.getValue(), null, community.getValue(), files));
        } catch (BusinessException refused) {
            Notifications.error(CertificateUi.describe(this, refused));
            return;
        }
        form.setVisible(false);
        receipt.add(CertificateUi.box("crt-online-receipt-box", "success",
                new H3(getTranslation("certificate.online.received")),
                new Facts().text("certificate.ui.request-number", submitted.requestNumber(), "crt-online-number")
                        .text("certificate.ui.query-code", submitted.queryCode(), "crt-online-code")
                        .value("certificate.ui.status", CertificateUi.statusBadge(this, submitted.status()))
                        .wide("certificate.ui.reason", submitted.reason(), null)
                        .wide("certificate.ui.refer-to", submitted.referTo(), null),
                CertificateUi.note(getTranslation("certificate.online.keep-code")),
                new Anchor(OnlineCertificateQueryView.ROUTE + "?number=" + submitted.requestNumber(),
                        getTranslation("certificate.online.query"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.online.apply") + " · " + getTranslation("app.title");
    }
}

package org.tongban.certificate.ui;

import java.util.List;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.Formats;
import org.tongban.certificate.OnlineCertificates;
import org.tongban.certificate.ResidentView;

/**
 * 证明办理查询 — a resident follows a request with its number and query code: where it stands and until when, the
 * answer when refused with the notice to download, and the certificate once it was sent online.
 */
@Route(value = OnlineCertificateQueryView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class OnlineCertificateQueryView extends OnlinePage implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "online/certificate/query";

    private final transient OnlineCertificates online;
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final Div result = new Div();

    public OnlineCertificateQueryView(OnlineCertificates online) {
        this.online = online;
        number.setId("crt-query-number");
        number.setLabel(getTranslation("certificate.ui.request-number"));
        number.setMaxLength(40);
        code.setId("crt-query-code");
        code.setLabel(getTranslation("certificate.ui.query-code"));
        code.setMaxLength(6);
        FormLayout fields = new FormLayout(number, code);
        result.setId("crt-query-result");
        result.setWidthFull();
        add(new H2(getTranslation("certificate.online.query")), fields,
                Buttons.submit(getTranslation("certificate.online.query-submit"), "crt-query-submit", this::query),
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().get("number");
        if (given != null && !given.isEmpty()) {
            number.setValue(given.get(0));
            code.focus();
        }
    }

    private void query() {
        result.removeAll();
        String requestNumber = number.getValue();
        String queryCode = code.getValue();
        // The resident's address, taken now: a download later runs in a request of its own.
        String client = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
        ResidentView view;
        try {
            view = online.query(requestNumber, queryCode, client);
        } catch (BusinessException refused) {
            result.add(CertificateUi.refusal(CertificateUi.describe(this, refused)));
            return;
        }
        Facts facts = new Facts()
                .text("certificate.ui.request-number", view.requestNumber(), null)
                .text("certificate.ui.certificate-name", view.certificateName(), "crt-query-certificate")
                .text("certificate.ui.community", view.communityName(), null)
                .value("certificate.ui.status", CertificateUi.statusBadge(this, view.status()))
                .text("certificate.ui.received", Formats.dateTime(view.receivedAt()), null)
                .optional("certificate.ui.due", view.status().inHand() ? Formats.date(view.dueOn()) : null, null)
                .wide("certificate.ui.reason", view.refusalReason(), "crt-query-reason")
                .wide("certificate.ui.refer-to", view.referTo(), "crt-query-refer-to");
        if (view.replacement() != null) {
            facts.optional("certificate.ui.replacement", CertificateUi.replacement(this, view.replacement()), null);
        }
        if (view.certificateNumber() != null) {
            facts.text("certificate.ui.certificate-number", view.certificateNumber(), "crt-query-certificate-number")
                    .value("certificate.ui.validity", CertificateUi.validityBadge(this, view.validity()))
                    .text("certificate.ui.valid-until", view.validUntil() == null
                            ? getTranslation("certificate.ui.no-term") : Formats.date(view.validUntil()), null);
        }
        HorizontalLayout downloads = new HorizontalLayout();
        if (view.certificateDownload()) {
            Anchor pdf = Downloads.pdf(getTranslation("certificate.online.download"), view.certificateNumber() + ".pdf",
                    () -> online.certificatePdf(requestNumber, queryCode, client));
            pdf.setId("crt-query-download");
            downloads.add(pdf);
        } else if (view.certificateNumber() != null) {
            downloads.add(CertificateUi.note(getTranslation("certificate.online.collect")));
        }
        if (view.noticeDownload()) {
            Anchor notice = Downloads.pdf(getTranslation("certificate.ui.notice.print"),
                    view.requestNumber() + ".pdf", () -> online.noticePdf(requestNumber, queryCode, client));
            notice.setId("crt-query-notice");
            downloads.add(notice);
        }
        result.add(facts, downloads);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.online.query") + " · " + getTranslation("app.title");
    }
}

package org.tongban.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

import org.tongban.base.ui.Facts;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;

/**
 * The list's answer to what a resident asks for, before anything is registered: on the certificate list with what to
 * bring and what the community checks, or not issued with why and where to go instead. The counter and the online
 * page show the same answer.
 */
final class ListAnswer {

    private ListAnswer() {
    }

    /** For an entry of the lists, or ({@code type} null) for a certificate on neither list named {@code asked}. */
    static Component of(Component owner, CertificateType type, String asked) {
        if (type == null) {
            return CertificateUi.box("crt-answer-unlisted", "error",
                    new Paragraph(CertificateUi.listingBadge(owner, null)),
                    new Paragraph(owner.getTranslation("certificate.ui.intake.unlisted", asked)));
        }
        if (type.issuable()) {
            return CertificateUi.box("crt-answer-issued", "success", new Facts()
                    .value("certificate.ui.listing", CertificateUi.listingBadge(owner, type.listing()))
                    .wide("certificate.ui.basis", type.basisOrReason(), "crt-answer-basis")
                    .wide("certificate.ui.required-evidence", type.requiredEvidence(), "crt-answer-evidence")
                    .wide("certificate.ui.facts-checked", type.factsChecked(), "crt-answer-facts")
                    .text("certificate.ui.home-visit", owner.getTranslation(type.homeVisit() ? "common.yes" : "common.no"),
                            "crt-answer-home-visit")
                    .text("certificate.ui.validity", type.validityDays() == 0
                            ? owner.getTranslation("certificate.ui.no-term")
                            : owner.getTranslation("certificate.ui.validity-days", type.validityDays()), null));
        }
        Facts facts = new Facts()
                .value("certificate.ui.listing", CertificateUi.listingBadge(owner, type.listing()))
                .wide("certificate.ui.reason", type.basisOrReason(), "crt-answer-reason")
                .wide("certificate.ui.refer-to", type.referTo(), "crt-answer-refer-to");
        if (type.replacement() != CertificateReplacement.NONE) {
            facts.wide("certificate.ui.replacement", CertificateUi.replacement(owner, type.replacement()),
                    "crt-answer-replacement");
        }
        return CertificateUi.box("crt-answer-refused", "error", facts);
    }
}

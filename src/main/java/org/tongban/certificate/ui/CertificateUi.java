package org.tongban.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.tongban.base.BusinessException;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.CertificateValidity;

/** What the certificate screens share: badges, refusals as text, boxed notes. */
final class CertificateUi {

    /** The largest evidence file the service accepts; the upload refuses larger ones before sending them. */
    static final int MAX_UPLOAD_MB = 10;

    private CertificateUi() {
    }

    /** A refusal in the reader's language. */
    static String describe(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    static Span statusBadge(Component owner, CertificateRequestStatus status) {
        String theme = switch (status) {
            case ISSUED, DELIVERED -> "badge success";
            case REFUSED -> "badge error";
            case REPLACED -> "badge contrast";
            case RECEIVED, FACT_CHECK, APPROVAL -> "badge";
        };
        return badge(owner.getTranslation(status.messageKey()), theme);
    }

    static Span validityBadge(Component owner, CertificateValidity validity) {
        String theme = switch (validity) {
            case VALID -> "badge success";
            case REVOKED -> "badge error";
            case EXPIRED -> "badge contrast";
        };
        return badge(owner.getTranslation(validity.messageKey()), theme);
    }

    /** 可出具 or 不予出具; null stands for a certificate on neither list. */
    static Span listingBadge(Component owner, CertificateListing listing) {
        if (listing == null) {
            return badge(owner.getTranslation("certificate.ui.listing.UNLISTED"), "badge error");
        }
        return badge(owner.getTranslation("certificate.ui.listing." + listing.name()),
                listing == CertificateListing.ISSUED ? "badge success" : "badge error");
    }

    static String replacement(Component owner, CertificateReplacement replacement) {
        return replacement == null ? "" : owner.getTranslation("certificate.ui.replacement." + replacement.name());
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** The page's own refusal (outside the data scope, unknown request): the message instead of any content. */
    static Span refusal(String text) {
        Span refusal = badge(text, "badge error");
        refusal.setId("crt-refusal");
        return refusal;
    }

    /** A framed box, e.g. the answer to a refused certificate; {@code colour} a Lumo colour name (error, success). */
    static Div box(String id, String colour, Component... content) {
        Div box = new Div(content);
        box.setId(id);
        box.getStyle().set("border", "1px solid var(--lumo-" + colour + "-color-50pct)")
                .set("background", "var(--lumo-" + colour + "-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
        return box;
    }

    /** A short explanation under a field or section. */
    static Div note(String text) {
        Div note = new Div();
        note.setText(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return note;
    }
}

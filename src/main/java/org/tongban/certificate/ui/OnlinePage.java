package org.tongban.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of the residents' certificate pages: no staff menu; applying, following a request, verifying a
 * certificate, the other online services and a way to staff sign-in.
 */
abstract class OnlinePage extends VerticalLayout {

    OnlinePage() {
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(getTranslation("certificate.online.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        HorizontalLayout links = new HorizontalLayout(
                new Anchor(OnlineCertificateView.ROUTE, getTranslation("certificate.online.apply")),
                new Anchor(OnlineCertificateQueryView.ROUTE, getTranslation("certificate.online.query")),
                new Anchor("verify", getTranslation("certificate.online.verify")),
                new Anchor("online", getTranslation("certificate.online.other-services")),
                new Anchor("login", getTranslation("certificate.online.staff")));
        links.getStyle().set("flex-wrap", "wrap");
        add(title, links);
    }
}

package org.tongban.certificate.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import org.tongban.base.BusinessException;
import org.tongban.certificate.CertificateRequests;

/**
 * Where the inbox sends certificate steps (form keys {@code app:certificate/request} and, for revocations,
 * {@code app:certificate/certificate}): every step is taken on its request's page, so this only finds the request and
 * forwards there.
 */
@Route(CertificateStepView.ROUTE)
@RouteAlias(CertificateStepView.REVOCATION_ROUTE)
@PermitAll
public class CertificateStepView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "certificate/request";
    static final String REVOCATION_ROUTE = "certificate/certificate";

    private final transient CertificateRequests requests;

    public CertificateStepView(CertificateRequests requests) {
        this.requests = requests;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        try {
            event.forwardTo(CertificateRequestView.class, requests.requestOfTask(taskId));
        } catch (BusinessException refused) {
            add(new H2(getTranslation("certificate.ui.request.title")),
                    CertificateUi.refusal(CertificateUi.describe(this, refused)));
        }
    }
}

package org.tongban.certificate.internal;

import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.certificate.CertificateRequestStatus;

/** 不予出具告知书 as PDF, for the counter and the resident's page alike; printed from the request when asked for. */
@Component
class RefusalNotices {

    private final CertificateTexts texts;
    private final NoticePrinter printer;

    RefusalNotices(CertificateTexts texts, NoticePrinter printer) {
        this.texts = texts;
        this.printer = printer;
    }

    /** The notice of a refused or replaced request; "no notice" for any other. */
    byte[] print(CertificateRequest request) {
        if (request.status() != CertificateRequestStatus.REFUSED && request.status() != CertificateRequestStatus.REPLACED) {
            throw BusinessException.notFound("certificate.error.no-notice");
        }
        return printer.print(texts.refusal(request, CertificateTexts.committee(request.communityName())));
    }
}

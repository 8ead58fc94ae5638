package org.tongban.certificate;

/** Where a certificate request stands. */
public enum CertificateRequestStatus {
    /** 已登记 — received; the list check runs in the same transaction, so this is seen only while it does. */
    RECEIVED,
    /** 核实 — the community checks the facts (evidence, home visit where the template says so). */
    FACT_CHECK,
    /** 审批 — the community director approves or rejects. */
    APPROVAL,
    /** 已出具 — numbered and sealed, waiting to be handed over. */
    ISSUED,
    /** 已送达 — handed over (at the counter, or downloaded by the resident). */
    DELIVERED,
    /** 不予出具 — refused at intake (list check), after the fact check, or by the director; the reason is kept. */
    REFUSED,
    /** 以告知承诺或数据共享替代 — refused because a commitment or data sharing replaces the certificate. */
    REPLACED;

    public boolean closed() {
        return this == DELIVERED || this == REFUSED || this == REPLACED;
    }

    /** The steps a working day clock runs for. */
    public boolean inHand() {
        return this == FACT_CHECK || this == APPROVAL;
    }

    public String messageKey() {
        return "certificate.request.status." + name();
    }
}

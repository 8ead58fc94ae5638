package org.tongban.certificate;

/** Where a refusal was decided. */
public enum RefusalStage {
    /** By the list check at intake. */
    INTAKE,
    /** The fact check did not confirm what the certificate would state. */
    FACT_CHECK,
    /** The director did not approve. */
    APPROVAL;

    public String messageKey() {
        return "certificate.refusal-stage." + name();
    }
}

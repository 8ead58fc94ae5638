package org.tongban.certificate;

/** What the list check (CertificateCheck.dmn) decides for a request. */
public enum CheckOutcome {
    /** On the certificate list: checked, approved, issued. */
    ISSUE,
    /** On the refused list without a replacement, or on neither list: refused with who issues it instead. */
    REFUSE,
    /** On the refused list, replaced by a written commitment (告知承诺) or data sharing. */
    REPLACE;

    public String messageKey() {
        return "certificate.outcome." + name();
    }
}

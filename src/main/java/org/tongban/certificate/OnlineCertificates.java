package org.tongban.certificate;

import java.util.Map;

/**
 * 网上申请出具证明 for residents, without an account: the same checks as at the counter. A request is followed with
 * its number and the query code given at submission; a wrong pair gets the same answer as an unknown number, and
 * repeated wrong codes lock the number for a while — and the client that tried them, so codes cannot be sprayed
 * across numbers. {@code client} is the caller's network address.
 */
public interface OnlineCertificates {

    /** The communities a resident can ask, code → name (subdistrict · community). */
    Map<String, String> communities();

    SubmittedRequest apply(CertificateApplication application);

    ResidentView query(String requestNumber, String queryCode, String client);

    /** The certificate, once it was sent online (网上送达) and unless it was revoked. */
    byte[] certificatePdf(String requestNumber, String queryCode, String client);

    /** The notice of refusal or replacement. */
    byte[] noticePdf(String requestNumber, String queryCode, String client);
}

package org.tongban.certificate;

/**
 * 证明核验 — the public check of a certificate, without a login: by the signed token its QR code carries, or by the
 * number typed in. A wrong number, a number never issued and an altered token all get the same "not found"; lookups
 * are counted per client and refused for a while when there are too many (against enumeration).
 */
public interface CertificateVerification {

    VerificationResult byToken(String token, String client);

    VerificationResult byNumber(String number, String client);
}

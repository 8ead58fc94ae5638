package org.tongban.certificate;

import java.util.List;

/**
 * A request for a certificate as the counter or the resident enters it.
 *
 * @param certificateCode the entry of the county's lists asked for (证明事项清单 or 不予出具清单); null for a
 *                        certificate on neither list, named in {@code requestedName}
 * @param requestedName   what the resident asked for in their words, required when {@code certificateCode} is null
 * @param purpose         用途, e.g. 办理子女入学; printed on the certificate
 * @param demandedBy      the body that asked the resident for it (索要单位), e.g. 某银行; optional
 * @param communityCode   the community asked to issue it: the worker's own at the counter, the resident's choice online
 * @param agent           the person acting for the applicant (代办), or null
 * @param evidence        scans or photos of the evidence the entry asks for
 */
public record CertificateApplication(String certificateCode, String requestedName, String purpose, String demandedBy,
                                     String details, String applicantName, String applicantIdNumber,
                                     String applicantPhone, Agent agent, String communityCode,
                                     List<Evidence> evidence) {

    public CertificateApplication {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** 代办人 and their relation to the applicant (e.g. 子女). */
    public record Agent(String name, String idNumber, String phone, String relation) {
    }

    /** One uploaded file; its type is decided from its content, not its name. */
    public record Evidence(String fileName, byte[] content) {
    }
}

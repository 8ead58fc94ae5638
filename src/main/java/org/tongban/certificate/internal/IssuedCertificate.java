package org.tongban.certificate.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.certificate.DeliveryMethod;

/**
 * A certificate as issued: number, holder, statement, seal and the PDF the resident holds. Only delivery and
 * revocation are ever written afterwards; a revoked certificate stays, with who revoked it, when and why.
 */
@Entity
@Table(name = "crt_certificate")
class IssuedCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "community_code", nullable = false, updatable = false)
    private String communityCode;

    @Column(name = "community_name", nullable = false, updatable = false)
    private String communityName;

    @Column(name = "subdistrict_code", nullable = false, updatable = false)
    private String subdistrictCode;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int issueYear;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequenceNo;

    @Column(name = "certificate_code", nullable = false, updatable = false)
    private String certificateCode;

    @Column(name = "certificate_revision", nullable = false, updatable = false)
    private int certificateRevision;

    @Column(name = "certificate_name", nullable = false, updatable = false)
    private String certificateName;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "holder_id_number", nullable = false, updatable = false)
    private String holderIdNumber;

    @Column(nullable = false, updatable = false)
    private String statement;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "issuer_name", nullable = false, updatable = false)
    private String issuerName;

    @Column(name = "seal_code", nullable = false, updatable = false)
    private String sealCode;

    @Column(name = "seal_use_id", nullable = false, updatable = false)
    private long sealUseId;

    @Column(name = "signed_by", nullable = false, updatable = false)
    private String signedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    /** The register and the verification page read projections without it; only a download loads the document. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    private String pdfSha256;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "delivered_by")
    private String deliveredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    private DeliveryMethod deliveryMethod;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Version
    private Long version;

    protected IssuedCertificate() {
    }

    /** The number's parts: {@code ZM-<community>-<year>-<sequence>}. */
    record Numbering(String number, int year, long sequence) {
    }

    record Holder(String name, String idNumber) {
    }

    /** The certificate's content and who signed and sealed it. */
    record Content(String certificateCode, int certificateRevision, String certificateName, String statement,
                   String purpose, String issuerName, String sealCode, long sealUseId, String signedBy) {
    }

    IssuedCertificate(Numbering numbering, CertificateRequest request, Holder holder, Content content,
                      LocalDateTime issuedAt, LocalDate validUntil, byte[] pdf, String pdfSha256) {
        this.number = numbering.number();
        this.issueYear = numbering.year();
        this.sequenceNo = numbering.sequence();
        this.requestId = request.id();
        this.communityCode = request.communityCode();
        this.communityName = request.communityName();
        this.subdistrictCode = request.subdistrictCode();
        this.holderName = holder.name();
        this.holderIdNumber = holder.idNumber();
        this.certificateCode = content.certificateCode();
        this.certificateRevision = content.certificateRevision();
        this.certificateName = content.certificateName();
        this.statement = content.statement();
        this.purpose = content.purpose();
        this.issuerName = content.issuerName();
        this.sealCode = content.sealCode();
        this.sealUseId = content.sealUseId();
        this.signedBy = content.signedBy();
        this.issuedAt = issuedAt;
        this.issuedOn = issuedAt.toLocalDate();
        this.validUntil = validUntil;
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
    }

    void deliver(DeliveryMethod method, String by, LocalDateTime at) {
        if (revokedAt != null) {
            throw BusinessException.conflict("certificate.error.already-revoked");
        }
        if (deliveredAt != null) {
            throw BusinessException.conflict("certificate.error.already-delivered");
        }
        this.deliveryMethod = method;
        this.deliveredBy = by;
        this.deliveredAt = at;
    }

    void revoke(String by, LocalDateTime at, String reason) {
        if (revokedAt != null) {
            throw BusinessException.conflict("certificate.error.already-revoked");
        }
        this.revokedBy = by;
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    Long id() { return id; }
    String number() { return number; }
    Long requestId() { return requestId; }
    String communityCode() { return communityCode; }
    String communityName() { return communityName; }
    String subdistrictCode() { return subdistrictCode; }
    String certificateCode() { return certificateCode; }
    String certificateName() { return certificateName; }
    String holderName() { return holderName; }
    String holderIdNumber() { return holderIdNumber; }
    String statement() { return statement; }
    String purpose() { return purpose; }
    String issuerName() { return issuerName; }
    String sealCode() { return sealCode; }
    String signedBy() { return signedBy; }
    LocalDate issuedOn() { return issuedOn; }
    LocalDate validUntil() { return validUntil; }
    byte[] pdf() { return pdf; }
    LocalDateTime deliveredAt() { return deliveredAt; }
    DeliveryMethod deliveryMethod() { return deliveryMethod; }
    LocalDateTime revokedAt() { return revokedAt; }
    String revokedBy() { return revokedBy; }
    String revokeReason() { return revokeReason; }
}

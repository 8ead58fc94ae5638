package org.tongban.certificate.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Requests by id, number and process; the row lock serialises two steps racing on one request. */
interface CertificateRequestsRepository extends JpaRepository<CertificateRequest, Long>,
        JpaSpecificationExecutor<CertificateRequest> {

    Optional<CertificateRequest> findByRequestNumber(String requestNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CertificateRequest r where r.id = ?1")
    Optional<CertificateRequest> lockById(Long id);
}

interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {

    /** Names and sizes only: the content is read when a file is opened, one at a time. */
    @Query("select new org.tongban.certificate.internal.EvidenceListing(f.id, f.fileName, f.contentType, f.sizeBytes)"
            + " from EvidenceFile f where f.requestId = ?1 order by f.id")
    List<EvidenceListing> listingByRequestId(Long requestId);
}

interface IssuedCertificates extends JpaRepository<IssuedCertificate, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from IssuedCertificate c where c.id = ?1")
    Optional<IssuedCertificate> lockById(Long id);

    /** What the verification page and the register show, without loading the document. */
    @Query("select new org.tongban.certificate.internal.CertificateFacts(c.id, c.number, c.requestId, c.communityCode,"
            + " c.communityName, c.certificateCode, c.certificateName, c.holderName, c.holderIdNumber, c.issuerName,"
            + " c.sealCode, c.signedBy, c.issuedOn, c.validUntil, c.deliveryMethod, c.deliveredAt, c.revokedAt,"
            + " c.revokedBy, c.revokeReason) from IssuedCertificate c where c.number = ?1")
    Optional<CertificateFacts> factsByNumber(String number);

    @Query("select new org.tongban.certificate.internal.CertificateFacts(c.id, c.number, c.requestId, c.communityCode,"
            + " c.communityName, c.certificateCode, c.certificateName, c.holderName, c.holderIdNumber, c.issuerName,"
            + " c.sealCode, c.signedBy, c.issuedOn, c.validUntil, c.deliveryMethod, c.deliveredAt, c.revokedAt,"
            + " c.revokedBy, c.revokeReason) from IssuedCertificate c where c.requestId = ?1")
    Optional<CertificateFacts> factsByRequestId(Long requestId);

    @Query("select new org.tongban.certificate.internal.CertificateFacts(c.id, c.number, c.requestId, c.communityCode,"
            + " c.communityName, c.certificateCode, c.certificateName, c.holderName, c.holderIdNumber, c.issuerName,"
            + " c.sealCode, c.signedBy, c.issuedOn, c.validUntil, c.deliveryMethod, c.deliveredAt, c.revokedAt,"
            + " c.revokedBy, c.revokeReason) from IssuedCertificate c where c.requestId in ?1")
    List<CertificateFacts> factsByRequestIds(Collection<Long> requestIds);

    @Query("select c.pdf from IssuedCertificate c where c.requestId = ?1")
    Optional<byte[]> pdfByRequestId(Long requestId);
}

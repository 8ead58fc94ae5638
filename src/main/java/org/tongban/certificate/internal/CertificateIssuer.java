package org.tongban.certificate.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;
import org.tongban.base.SequenceNumbers;
import org.tongban.base.UploadedFiles;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.base.pdf.SealedNotice;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateType;
import org.tongban.seal.SealImpression;
import org.tongban.seal.SealRegister;

/**
 * 出具: the number, the statement from the entry's template, the seal from the register, the PDF with its QR code,
 * and the register entry — all in the caller's transaction, so a refusal anywhere (the seal does not cover the
 * certificate) takes the number back and nothing is issued.
 */
@Component
class CertificateIssuer {

    private final SequenceNumbers sequences;
    private final CertificateList certificateList;
    private final SealRegister seals;
    private final NoticePrinter printer;
    private final CertificateTexts texts;
    private final VerificationLinks links;
    private final IssuedCertificates certificates;

    CertificateIssuer(SequenceNumbers sequences, CertificateList certificateList, SealRegister seals,
                      NoticePrinter printer, CertificateTexts texts, VerificationLinks links,
                      IssuedCertificates certificates) {
        this.sequences = sequences;
        this.certificateList = certificateList;
        this.seals = seals;
        this.printer = printer;
        this.texts = texts;
        this.links = links;
        this.certificates = certificates;
    }

    IssuedCertificate issue(CertificateRequest request, LocalDateTime at) {
        LocalDateTime issuedAt = at.truncatedTo(ChronoUnit.SECONDS);
        CertificateType type = typeInForce(request, issuedAt.toLocalDate());
        int year = issuedAt.getYear();
        long sequence = sequences.next("certificate:" + request.communityCode() + ":" + year);
        String number = String.format("ZM-%s-%d-%04d", request.communityCode(), year, sequence);
        String statement = CertificateTexts.fill(type.template(), CertificateTexts.placeholders(request.applicantName(),
                request.applicantIdNumber(), CertificateTexts.committee(request.communityName()), request.purpose(),
                request.factFindings()));
        SealImpression seal = seals.use(request.communityCode(), SealRegister.certificateUse(type.code()), number,
                request.approvedBy());
        LocalDate issuedOn = issuedAt.toLocalDate();
        LocalDate validUntil = type.validityDays() == 0 ? null : issuedOn.plusDays(type.validityDays() - 1L);
        byte[] pdf = printer.print(new SealedNotice(
                texts.certificate(type.nameZh(), number, request.demandedBy(), statement, validUntil, seal.sealName(),
                        issuedOn),
                seal.image(), links.urlFor(number), "扫码核验，或访问 " + links.pageUrl() + " 输入编号核验"));
        IssuedCertificate certificate = certificates.save(new IssuedCertificate(
                new IssuedCertificate.Numbering(number, year, sequence), request,
                new IssuedCertificate.Holder(request.applicantName(), request.applicantIdNumber()),
                new IssuedCertificate.Content(type.code(), type.revision(), type.nameZh(), statement, request.purpose(),
                        seal.sealName(), seal.sealCode(), seal.useId(), request.approvedBy()),
                issuedAt, validUntil, pdf, UploadedFiles.sha256(pdf)));
        request.issued(number);
        return certificate;
    }

    /**
     * The entry as in force on the day of issue: a certificate retired from the list since the request came in is no
     * longer issued, and a revised one is printed as the list says it today.
     */
    CertificateType typeInForce(CertificateRequest request, LocalDate day) {
        return certificateList.find(request.certificateCode(), day).filter(CertificateType::issuable)
                .orElseThrow(() -> BusinessException.conflict("certificate.error.not-issuable",
                        request.certificateName()));
    }
}

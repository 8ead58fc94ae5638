package org.tongban.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateType;
import org.tongban.certificate.RequestDetail;
import org.tongban.certificate.ResidentView;
import org.tongban.identity.Directory;

/** Builds the request page (staff) and the resident's view from a request, its files and its certificate. */
@Component
class RequestDetails {

    private final EvidenceFiles files;
    private final IssuedCertificates certificates;
    private final CertificateList certificateList;
    private final Directory directory;
    private final RuntimeService runtimeService;
    private final VerificationLinks links;
    private final Clock clock;

    RequestDetails(EvidenceFiles files, IssuedCertificates certificates, CertificateList certificateList,
                   Directory directory, RuntimeService runtimeService, VerificationLinks links, Clock clock) {
        this.files = files;
        this.certificates = certificates;
        this.certificateList = certificateList;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.links = links;
        this.clock = clock;
    }

    /** {@code issuingStaff}: the viewer works at the community that issues it (and may ask to revoke). */
    RequestDetail assemble(CertificateRequest request, boolean unmasked, boolean issuingStaff) {
        Optional<CertificateType> type = certificateList.revision(request.certificateCode(),
                request.certificateRevision());
        Map<String, String> names = directory.displayNames(Stream.of(request.receivedBy(), request.factCheckedBy(),
                request.approvedBy(), request.refusedBy()).filter(java.util.Objects::nonNull).toList());
        RequestDetail.Agent agent = request.agentName() == null ? null : new RequestDetail.Agent(
                unmasked ? request.agentName() : ResidentIdentifiers.maskName(request.agentName()),
                unmasked ? request.agentIdNumber() : ResidentIdentifiers.maskIdNumber(request.agentIdNumber()),
                unmasked ? request.agentPhone() : ResidentIdentifiers.maskPhone(request.agentPhone()),
                request.agentRelation());
        RequestDetail.Refusal refusal = request.refusedStage() == null ? null : new RequestDetail.Refusal(
                request.refusedStage(), name(names, request.refusedBy()), request.refusedAt(), request.refusalReason(),
                request.referTo(), request.replacement());
        List<RequestDetail.EvidenceFile> evidence = files.listingByRequestId(request.id()).stream()
                .map(file -> new RequestDetail.EvidenceFile(file.id(), file.fileName(), file.contentType(),
                        file.sizeBytes()))
                .toList();
        return new RequestDetail(request.id(), request.requestNumber(), request.channel(), request.communityCode(),
                request.communityName(), request.certificateCode(), request.certificateName(),
                type.map(CertificateType::listing).orElse(null), request.purpose(), request.demandedBy(),
                request.details(),
                unmasked ? request.applicantName() : ResidentIdentifiers.maskName(request.applicantName()),
                unmasked ? request.applicantIdNumber() : ResidentIdentifiers.maskIdNumber(request.applicantIdNumber()),
                unmasked ? request.applicantPhone() : ResidentIdentifiers.maskPhone(request.applicantPhone()), agent,
                name(names, request.receivedBy()), request.receivedAt(), request.checkOutcome(), request.checkRule(),
                request.checkRuleText(), request.status(), request.dueOn(), request.homeVisitRequired(),
                type.filter(found -> found.listing() == CertificateListing.ISSUED)
                        .map(CertificateType::requiredEvidence).orElse(""),
                type.map(CertificateType::factsChecked).orElse(""),
                step(names, request.factCheckedBy(), request.factCheckedAt()), request.factCheckPassed(),
                request.homeVisited(), request.factFindings(),
                step(names, request.approvedBy(), request.approvedAt()), request.approvalComment(), refusal, evidence,
                certificates.factsByRequestId(request.id()).map(facts -> summary(facts, names, issuingStaff))
                        .orElse(null),
                request.processInstanceId(), unmasked);
    }

    private RequestDetail.CertificateSummary summary(CertificateFacts facts, Map<String, String> names,
                                                     boolean issuingStaff) {
        boolean revocationPending = facts.revokedAt() == null && runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CertificateProcess.REVOCATION_KEY).processInstanceBusinessKey(facts.number())
                .count() > 0;
        Map<String, String> signers = directory.displayNames(Stream.of(facts.signedBy(), facts.revokedBy())
                .filter(java.util.Objects::nonNull).toList());
        return new RequestDetail.CertificateSummary(facts.id(), facts.number(), facts.issuedOn(), facts.validUntil(),
                facts.validityOn(LocalDate.now(clock)), name(signers, facts.signedBy()), facts.issuerName(),
                facts.sealCode(), facts.deliveryMethod(), facts.deliveredAt(), facts.revokedAt(),
                name(signers, facts.revokedBy()), facts.revokeReason(), revocationPending,
                links.urlFor(facts.number()), issuingStaff && facts.revokedAt() == null && !revocationPending);
    }

    ResidentView residentView(CertificateRequest request) {
        Optional<CertificateFacts> certificate = certificates.factsByRequestId(request.id());
        boolean refusedOrReplaced = request.refusedAt() != null && request.status().closed();
        return new ResidentView(request.requestNumber(), request.certificateName(), request.communityName(),
                request.status(), request.receivedAt(), request.dueOn(),
                refusedOrReplaced ? request.refusalReason() : null, refusedOrReplaced ? request.referTo() : null,
                refusedOrReplaced ? request.replacement() : null,
                certificate.map(CertificateFacts::number).orElse(null),
                certificate.map(CertificateFacts::issuedOn).orElse(null),
                certificate.map(CertificateFacts::validUntil).orElse(null),
                certificate.map(facts -> facts.validityOn(LocalDate.now(clock))).orElse(null),
                certificate.filter(RequestDetails::downloadable).isPresent(),
                refusedOrReplaced);
    }

    /** A resident downloads a certificate that was sent online and is not revoked. */
    static boolean downloadable(CertificateFacts certificate) {
        return certificate.deliveryMethod() == org.tongban.certificate.DeliveryMethod.ONLINE
                && certificate.revokedAt() == null;
    }

    private static RequestDetail.Step step(Map<String, String> names, String by, java.time.LocalDateTime at) {
        return by == null ? null : new RequestDetail.Step(name(names, by), at);
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }
}

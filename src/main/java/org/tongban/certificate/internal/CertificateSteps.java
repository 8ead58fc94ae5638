package org.tongban.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;
import org.tongban.catalog.WorkingDays;
import org.tongban.certificate.CheckOutcome;

/**
 * What the processes do on their own ({@code ${certificateSteps.issue(requestId)}}): record the list check, refuse
 * or replace with the list's reason and referral, issue, revoke. Runs inside the engine's transaction, which is the
 * transaction of the worker's step that led here.
 */
// Public: JUEL resolves methods of public classes only.
@Component("certificateSteps")
public class CertificateSteps {

    /** What the refusal notice says of a certificate on neither list. */
    static final String UNLISTED_REFER_TO = "要求您提供证明的单位应当通过部门间数据共享、向有关主管部门核查或者由您书面承诺等方式核实"
            + "有关情况";

    private final CertificateRequestsRepository requests;
    private final IssuedCertificates certificates;
    private final CertificateList certificateList;
    private final CertificateIssuer issuer;
    private final WorkingDays workingDays;
    private final CertificateSettings settings;
    private final AuditTrail audit;
    private final RuntimeService runtimeService;
    private final Clock clock;

    CertificateSteps(CertificateRequestsRepository requests, IssuedCertificates certificates,
                     CertificateList certificateList, CertificateIssuer issuer, WorkingDays workingDays,
                     CertificateSettings settings, AuditTrail audit, RuntimeService runtimeService, Clock clock) {
        this.requests = requests;
        this.certificates = certificates;
        this.certificateList = certificateList;
        this.issuer = issuer;
        this.workingDays = workingDays;
        this.settings = settings;
        this.audit = audit;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Stores the outcome and the rule that fired, and returns the outcome for the gateway. A request to be issued is
     * due in the configured working days from its receipt (more where a home visit is part of the check).
     */
    public String recordCheck(Long requestId, Map<String, Object> checkResult) {
        CertificateRequest request = lock(requestId);
        CheckOutcome outcome = CheckOutcome.valueOf((String) checkResult.get("outcome"));
        LocalDate dueOn = outcome == CheckOutcome.ISSUE ? workingDays.plusWorkingDays(
                request.receivedAt().toLocalDate(),
                request.homeVisitRequired() ? settings.homeVisitDays() : settings.handlingDays()) : null;
        request.checked(outcome, (String) checkResult.get("rule"), (String) checkResult.get("ruleText"), dueOn);
        return outcome.name();
    }

    /** 不予出具: the worker's reason where one decided it, else the list's reason and who does it instead. */
    public void refuse(Long requestId) {
        CertificateRequest request = lock(requestId);
        Optional<CertificateType> type = typeOf(request);
        boolean decidedByList = request.refusedStage() == null;
        String reason = decidedByList ? listReason(request, type) : request.refusalReason();
        String referTo = !decidedByList ? null
                : type.map(CertificateType::referTo).filter(text -> !text.isBlank()).orElse(UNLISTED_REFER_TO);
        request.refuse(reason, referTo, type.filter(found -> decidedByList).map(CertificateType::replacement)
                .orElse(CertificateReplacement.NONE), now());
    }

    /** Refused with its replacement: a written commitment, or data sharing. */
    public void replace(Long requestId) {
        CertificateRequest request = lock(requestId);
        CertificateType type = typeOf(request).orElseThrow(
                () -> new IllegalStateException("A replaced request names an entry: " + request.requestNumber()));
        request.replace(listReason(request, Optional.of(type)), type.referTo(), type.replacement(), now());
    }

    /** 出具 after the director's approval. */
    public void issue(Long requestId) {
        CertificateRequest request = lock(requestId);
        IssuedCertificate certificate = issuer.issue(request, now());
        audit.allowed("certificate.issue", "certificate:" + certificate.number(),
                "request " + request.requestNumber() + ", seal " + certificate.sealCode());
    }

    /** 撤销, confirmed by the director; a certificate not yet handed over is no longer delivered. */
    public void revoke(Long certificateId, String reason, String revokedBy) {
        IssuedCertificate certificate = certificates.lockById(certificateId)
                .orElseThrow(() -> new IllegalStateException("No certificate " + certificateId));
        certificate.revoke(revokedBy, now(), reason);
        CertificateRequest request = lock(certificate.requestId());
        runtimeService.createMessageCorrelation(CertificateProcess.MESSAGE_REVOKED)
                .processInstanceBusinessKey(request.requestNumber()).correlateAll();
        audit.allowed("certificate.revoke", "certificate:" + certificate.number(), reason);
    }

    private static String listReason(CertificateRequest request, Optional<CertificateType> type) {
        String rule = request.checkRuleText() == null ? "" : request.checkRuleText();
        return type.map(found -> rule + "。" + found.basisOrReason()).orElse(rule);
    }

    private Optional<CertificateType> typeOf(CertificateRequest request) {
        return certificateList.revision(request.certificateCode(), request.certificateRevision());
    }

    private CertificateRequest lock(Long requestId) {
        return requests.lockById(requestId)
                .orElseThrow(() -> new IllegalStateException("No certificate request " + requestId));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}

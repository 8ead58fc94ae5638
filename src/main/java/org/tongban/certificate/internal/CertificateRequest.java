package org.tongban.certificate.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.CheckOutcome;
import org.tongban.certificate.RefusalStage;
import org.tongban.certificate.RequestChannel;

/**
 * A resident's request for a certificate and everything decided on it. Guards its own transitions: a step taken out
 * of turn is refused, so two workers racing on one request cannot both decide it.
 */
@Entity
@Table(name = "crt_request")
class CertificateRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_number", nullable = false, updatable = false)
    private String requestNumber;

    @Column(name = "query_code", nullable = false, updatable = false)
    private String queryCode;

    @Column(name = "community_code", nullable = false, updatable = false)
    private String communityCode;

    @Column(name = "community_name", nullable = false, updatable = false)
    private String communityName;

    @Column(name = "subdistrict_code", nullable = false, updatable = false)
    private String subdistrictCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestChannel channel;

    @Column(name = "certificate_code", updatable = false)
    private String certificateCode;

    @Column(name = "certificate_revision", updatable = false)
    private Integer certificateRevision;

    @Column(name = "certificate_name", nullable = false, updatable = false)
    private String certificateName;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "demanded_by", updatable = false)
    private String demandedBy;

    @Column(updatable = false)
    private String details;

    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String applicantName;

    @Column(name = "applicant_id_number", nullable = false, updatable = false)
    private String applicantIdNumber;

    @Column(name = "applicant_phone", nullable = false, updatable = false)
    private String applicantPhone;

    @Column(name = "agent_name", updatable = false)
    private String agentName;

    @Column(name = "agent_id_number", updatable = false)
    private String agentIdNumber;

    @Column(name = "agent_phone", updatable = false)
    private String agentPhone;

    @Column(name = "agent_relation", updatable = false)
    private String agentRelation;

    @Column(name = "received_by", updatable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_outcome")
    private CheckOutcome checkOutcome;

    @Column(name = "check_rule")
    private String checkRule;

    @Column(name = "check_rule_text")
    private String checkRuleText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateRequestStatus status;

    @Column(name = "home_visit_required", nullable = false, updatable = false)
    private boolean homeVisitRequired;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "fact_checked_by")
    private String factCheckedBy;

    @Column(name = "fact_checked_at")
    private LocalDateTime factCheckedAt;

    @Column(name = "fact_check_passed")
    private Boolean factCheckPassed;

    @Column(name = "home_visited")
    private Boolean homeVisited;

    @Column(name = "fact_findings")
    private String factFindings;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approval_comment")
    private String approvalComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "refused_stage")
    private RefusalStage refusedStage;

    @Column(name = "refused_by")
    private String refusedBy;

    @Column(name = "refused_at")
    private LocalDateTime refusedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "refer_to")
    private String referTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "replacement")
    private CertificateReplacement replacement;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private Long version;

    protected CertificateRequest() {
    }

    /** What was asked, by whom and where; the list check decides next. */
    record Asked(String certificateCode, Integer certificateRevision, String certificateName, boolean homeVisit,
                 String purpose, String demandedBy, String details) {
    }

    record Person(String name, String idNumber, String phone, String relation) {
    }

    record Receipt(String requestNumber, String queryCode, String communityCode, String communityName,
                   String subdistrictCode, RequestChannel channel, String receivedBy, LocalDateTime receivedAt) {
    }

    CertificateRequest(Receipt receipt, Asked asked, Person applicant, Person agent) {
        this.requestNumber = receipt.requestNumber();
        this.queryCode = receipt.queryCode();
        this.communityCode = receipt.communityCode();
        this.communityName = receipt.communityName();
        this.subdistrictCode = receipt.subdistrictCode();
        this.channel = receipt.channel();
        this.receivedBy = receipt.receivedBy();
        this.receivedAt = receipt.receivedAt();
        this.certificateCode = asked.certificateCode();
        this.certificateRevision = asked.certificateRevision();
        this.certificateName = asked.certificateName();
        this.homeVisitRequired = asked.homeVisit();
        this.purpose = asked.purpose();
        this.demandedBy = asked.demandedBy();
        this.details = asked.details();
        this.applicantName = applicant.name();
        this.applicantIdNumber = applicant.idNumber();
        this.applicantPhone = applicant.phone();
        if (agent != null) {
            this.agentName = agent.name();
            this.agentIdNumber = agent.idNumber();
            this.agentPhone = agent.phone();
            this.agentRelation = agent.relation();
        }
        this.status = CertificateRequestStatus.RECEIVED;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The list check's outcome; a request to be issued is due on {@code dueOn}. */
    void checked(CheckOutcome outcome, String rule, String ruleText, LocalDate dueOn) {
        require(CertificateRequestStatus.RECEIVED);
        this.checkOutcome = outcome;
        this.checkRule = rule;
        this.checkRuleText = ruleText;
        if (outcome == CheckOutcome.ISSUE) {
            this.status = CertificateRequestStatus.FACT_CHECK;
            this.dueOn = dueOn;
        }
    }

    /** 核实: confirmed goes on to the director; not confirmed is refused with the findings as the reason. */
    void factChecked(boolean confirmed, boolean visited, String findings, String by, LocalDateTime at) {
        require(CertificateRequestStatus.FACT_CHECK);
        this.factCheckPassed = confirmed;
        this.homeVisited = visited;
        this.factFindings = findings;
        this.factCheckedBy = by;
        this.factCheckedAt = at;
        if (confirmed) {
            this.status = CertificateRequestStatus.APPROVAL;
        } else {
            decideRefusal(RefusalStage.FACT_CHECK, by, at, findings);
        }
    }

    /** 审批; not approving is a refusal with the director's reason. */
    void approved(boolean approve, String comment, String by, LocalDateTime at) {
        require(CertificateRequestStatus.APPROVAL);
        this.approvedBy = by;
        this.approvedAt = at;
        this.approvalComment = comment;
        if (!approve) {
            decideRefusal(RefusalStage.APPROVAL, by, at, comment);
        }
    }

    private void decideRefusal(RefusalStage stage, String by, LocalDateTime at, String reason) {
        this.refusedStage = stage;
        this.refusedBy = by;
        this.refusedAt = at;
        this.refusalReason = reason;
    }

    /** 不予出具: at intake from the list, or completing a refusal decided by a worker. */
    void refuse(String reason, String referTo, CertificateReplacement replacement, LocalDateTime at) {
        if (status.closed()) {
            throw BusinessException.conflict("certificate.error.wrong-status");
        }
        if (refusedStage == null) {
            decideRefusal(RefusalStage.INTAKE, null, at, reason);
        }
        this.referTo = referTo;
        this.replacement = replacement;
        this.status = CertificateRequestStatus.REFUSED;
    }

    /** Refused, with a commitment or data sharing in its place. */
    void replace(String reason, String referTo, CertificateReplacement replacement, LocalDateTime at) {
        require(CertificateRequestStatus.RECEIVED);
        decideRefusal(RefusalStage.INTAKE, null, at, reason);
        this.referTo = referTo;
        this.replacement = replacement;
        this.status = CertificateRequestStatus.REPLACED;
    }

    void issued(String number) {
        require(CertificateRequestStatus.APPROVAL);
        this.certificateNumber = number;
        this.status = CertificateRequestStatus.ISSUED;
    }

    void delivered() {
        require(CertificateRequestStatus.ISSUED);
        this.status = CertificateRequestStatus.DELIVERED;
    }

    private void require(CertificateRequestStatus expected) {
        if (status != expected) {
            throw BusinessException.conflict("certificate.error.wrong-status");
        }
    }

    Long id() { return id; }
    String requestNumber() { return requestNumber; }
    String queryCode() { return queryCode; }
    String communityCode() { return communityCode; }
    String communityName() { return communityName; }
    String subdistrictCode() { return subdistrictCode; }
    RequestChannel channel() { return channel; }
    String certificateCode() { return certificateCode; }
    Integer certificateRevision() { return certificateRevision; }
    String certificateName() { return certificateName; }
    String purpose() { return purpose; }
    String demandedBy() { return demandedBy; }
    String details() { return details; }
    String applicantName() { return applicantName; }
    String applicantIdNumber() { return applicantIdNumber; }
    String applicantPhone() { return applicantPhone; }
    String agentName() { return agentName; }
    String agentIdNumber() { return agentIdNumber; }
    String agentPhone() { return agentPhone; }
    String agentRelation() { return agentRelation; }
    String receivedBy() { return receivedBy; }
    LocalDateTime receivedAt() { return receivedAt; }
    CheckOutcome checkOutcome() { return checkOutcome; }
    String checkRule() { return checkRule; }
    String checkRuleText() { return checkRuleText; }
    CertificateRequestStatus status() { return status; }
    boolean homeVisitRequired() { return homeVisitRequired; }
    LocalDate dueOn() { return dueOn; }
    String factCheckedBy() { return factCheckedBy; }
    LocalDateTime factCheckedAt() { return factCheckedAt; }
    Boolean factCheckPassed() { return factCheckPassed; }
    Boolean homeVisited() { return homeVisited; }
    String factFindings() { return factFindings; }
    String approvedBy() { return approvedBy; }
    LocalDateTime approvedAt() { return approvedAt; }
    String approvalComment() { return approvalComment; }
    RefusalStage refusedStage() { return refusedStage; }
    String refusedBy() { return refusedBy; }
    LocalDateTime refusedAt() { return refusedAt; }
    String refusalReason() { return refusalReason; }
    String referTo() { return referTo; }
    CertificateReplacement replacement() { return replacement; }
    String certificateNumber() { return certificateNumber; }
    String processInstanceId() { return processInstanceId; }
}

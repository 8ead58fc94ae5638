package org.tongban.workaccess.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.catalog.WorkItemKind;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.TargetScope;
import org.tongban.workaccess.TransferMethod;

/**
 * 准入申请 and, once decided, the access decision on it (number, scope, dates). Guards its own transitions, so a
 * stale page or a double click cannot decide a request twice.
 */
@Entity
@Table(name = "wa_request")
class AccessRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_number", nullable = false, updatable = false)
    private String requestNumber;
    @Column(name = "department_code", nullable = false, updatable = false)
    private String departmentCode;
    @Column(name = "department_name", nullable = false, updatable = false)
    private String departmentName;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String content;
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    @Column(name = "work_item_code")
    private String workItemCode;
    @Column(name = "work_item_revision")
    private Integer workItemRevision;
    @Column(name = "work_item_kind", nullable = false)
    private String workItemKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false)
    private TargetScope scope;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wa_request_target", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "unit_code")
    private List<String> targetCodes = new ArrayList<>();
    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;
    @Column(name = "end_on", nullable = false)
    private LocalDate endOn;
    @Column(name = "hours_per_community", nullable = false)
    private BigDecimal hoursPerCommunity;
    @Column(name = "funding_provided", nullable = false)
    private boolean fundingProvided;
    @Column(name = "funding_amount")
    private BigDecimal fundingAmount;
    @Column(name = "funding_source")
    private String fundingSource;
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_transfer")
    private TransferMethod transferMethod;
    @Column(name = "working_conditions")
    private String workingConditions;
    @Column(name = "existing_data_usable", nullable = false)
    private boolean existingDataUsable;
    @Column(name = "data_sharing_note")
    private String dataSharingNote;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;
    @Column(nullable = false)
    private boolean urgent;
    @Column(name = "urgent_reason")
    private String urgentReason;
    @Column(name = "negative_hints")
    private String negativeHints;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;
    @Column(name = "check_outcome")
    private String checkOutcome;
    @Column(name = "check_rule")
    private String checkRule;
    @Column(name = "check_rule_text")
    private String checkRuleText;
    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;
    @Column(name = "confirmed_item_code")
    private String confirmedItemCode;
    @Column(name = "review_opinion")
    private String reviewOpinion;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "county_opinion")
    private String countyOpinion;
    @Column(name = "county_decided_by")
    private String countyDecidedBy;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "decision_basis")
    private String decisionBasis;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "purchase_note")
    private String purchaseNote;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected AccessRequest() {
    }

    AccessRequest(String requestNumber, String departmentCode, String departmentName) {
        this.requestNumber = requestNumber;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.status = RequestStatus.IN_REVIEW;
    }

    /** Takes the (re)submitted content; the check that follows decides the status. */
    void submit(RequestContent request, String by, LocalDateTime at, List<String> hints) {
        if (id != null && status != RequestStatus.RETURNED) {
            throw BusinessException.conflict("workaccess.error.not-returned");
        }
        submittedBy = by;
        submittedAt = at;
        title = request.title();
        content = request.content();
        legalBasis = request.legalBasis();
        workItemCode = request.workItem() == null ? null : request.workItem().code();
        workItemRevision = request.workItem() == null ? null : request.workItem().revision();
        workItemKind = kindOf(request);
        scope = request.scope();
        targetCodes.clear();
        targetCodes.addAll(request.targetCodes());
        startOn = request.startOn();
        endOn = request.endOn();
        hoursPerCommunity = request.hoursPerCommunity();
        fundingProvided = request.fundingProvided();
        fundingAmount = request.fundingAmount();
        fundingSource = request.fundingSource();
        transferMethod = request.transferMethod();
        workingConditions = request.workingConditions();
        existingDataUsable = request.existingDataUsable();
        dataSharingNote = request.dataSharingNote();
        contactName = request.contactName();
        contactPhone = request.contactPhone();
        urgent = request.urgent();
        urgentReason = request.urgentReason();
        negativeHints = hints.isEmpty() ? null : String.join(",", hints);
        status = RequestStatus.IN_REVIEW;
        checkOutcome = null;
        checkRule = null;
        checkRuleText = null;
        reviewDueOn = null;
        decisionBasis = null;
        refusalReason = null;
    }

    /** The DMN input: the list part the applicant chose, or NONE for work not on the list. */
    static String kindOf(RequestContent request) {
        return request.workItem() == null ? "NONE" : request.workItem().kind().name();
    }

    void checked(String outcome, String rule, String ruleText) {
        checkOutcome = outcome;
        checkRule = rule;
        checkRuleText = ruleText;
    }

    void reviewStarted(LocalDate dueOn) {
        status = RequestStatus.IN_REVIEW;
        reviewDueOn = dueOn;
    }

    /** The reviewer's decision; the status follows what it leads to. */
    void reviewed(String by, String opinion, String itemCode, RequestStatus next) {
        requireStatus(RequestStatus.IN_REVIEW);
        reviewedBy = by;
        reviewOpinion = opinion;
        confirmedItemCode = itemCode;
        if (next == RequestStatus.RETURNED || next == RequestStatus.COUNTY_APPROVAL) {
            status = next;
        }
    }

    void countyDecided(String by, String opinion) {
        requireStatus(RequestStatus.COUNTY_APPROVAL);
        countyDecidedBy = by;
        countyOpinion = opinion;
    }

    /** What a human decided the admission rests on, before the process takes the number. */
    void settleBasis(String basis) {
        decisionBasis = basis;
    }

    /** Why a human refused, before the process records the refusal. */
    void settleRefusal(String reason) {
        refusalReason = reason;
    }

    /** Admits with a number; the basis is what a human settled, else the automatic check's rule. */
    void admit(String number, LocalDateTime at, String checkBasis) {
        if (status.decided()) {
            throw BusinessException.conflict("workaccess.error.already-decided");
        }
        status = RequestStatus.ADMITTED;
        decisionNumber = number;
        decidedAt = at;
        decisionBasis = decisionBasis == null ? checkBasis : decisionBasis;
    }

    void refuse(LocalDateTime at, String checkReason) {
        if (status.decided()) {
            throw BusinessException.conflict("workaccess.error.already-decided");
        }
        status = RequestStatus.REFUSED;
        decidedAt = at;
        refusalReason = refusalReason == null ? checkReason : refusalReason;
    }

    void proposePurchase(LocalDateTime at, String note) {
        requireStatus(RequestStatus.IN_REVIEW);
        status = RequestStatus.PURCHASE_PROPOSED;
        decidedAt = at;
        purchaseNote = note;
    }

    void withdraw(LocalDateTime at, String reason) {
        requireStatus(RequestStatus.RETURNED);
        status = RequestStatus.WITHDRAWN;
        decidedAt = at;
        refusalReason = reason;
    }

    void revoke(String by, LocalDateTime at, String reason) {
        if (status != RequestStatus.ADMITTED) {
            throw BusinessException.conflict("workaccess.error.not-admitted");
        }
        status = RequestStatus.REVOKED;
        revokedBy = by;
        revokedAt = at;
        revokeReason = reason;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Past its end date: the gate refuses new dispatches. */
    boolean expiredOn(LocalDate day) {
        return day.isAfter(endOn);
    }

    private void requireStatus(RequestStatus expected) {
        if (status != expected) {
            throw BusinessException.conflict("workaccess.error.wrong-status");
        }
    }

    Long id() { return id; }
    String requestNumber() { return requestNumber; }
    String departmentCode() { return departmentCode; }
    String departmentName() { return departmentName; }
    String submittedBy() { return submittedBy; }
    LocalDateTime submittedAt() { return submittedAt; }
    String title() { return title; }
    String content() { return content; }
    String legalBasis() { return legalBasis; }
    String workItemCode() { return workItemCode; }
    Integer workItemRevision() { return workItemRevision; }
    String workItemKind() { return workItemKind; }
    TargetScope scope() { return scope; }
    List<String> targetCodes() { return List.copyOf(targetCodes); }
    LocalDate startOn() { return startOn; }
    LocalDate endOn() { return endOn; }
    BigDecimal hoursPerCommunity() { return hoursPerCommunity; }
    boolean fundingProvided() { return fundingProvided; }
    BigDecimal fundingAmount() { return fundingAmount; }
    String fundingSource() { return fundingSource; }
    TransferMethod transferMethod() { return transferMethod; }
    String workingConditions() { return workingConditions; }
    boolean existingDataUsable() { return existingDataUsable; }
    String dataSharingNote() { return dataSharingNote; }
    String contactName() { return contactName; }
    String contactPhone() { return contactPhone; }
    boolean urgent() { return urgent; }
    String urgentReason() { return urgentReason; }
    List<String> negativeHints() { return negativeHints == null ? List.of() : List.of(negativeHints.split(",")); }
    RequestStatus status() { return status; }
    String checkOutcome() { return checkOutcome; }
    String checkRule() { return checkRule; }
    String checkRuleText() { return checkRuleText; }
    LocalDate reviewDueOn() { return reviewDueOn; }
    String confirmedItemCode() { return confirmedItemCode; }
    String reviewOpinion() { return reviewOpinion; }
    String countyOpinion() { return countyOpinion; }
    String decisionNumber() { return decisionNumber; }
    LocalDateTime decidedAt() { return decidedAt; }
    String decisionBasis() { return decisionBasis; }
    String refusalReason() { return refusalReason; }
    String purchaseNote() { return purchaseNote; }
    LocalDateTime revokedAt() { return revokedAt; }
    String revokeReason() { return revokeReason; }
    String processInstanceId() { return processInstanceId; }

    /** The kind the request was checked as, or null for out-of-list work. */
    WorkItemKind listKind() {
        return "NONE".equals(workItemKind) ? null : WorkItemKind.valueOf(workItemKind);
    }
}

package org.tongban.onewindow.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.catalog.Channel;
import org.tongban.onewindow.ApplicantKind;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.DeliveryMethod;

/**
 * 办件 — one application from receipt to rating. Guards its own transitions: a step that does not fit the current
 * status is refused, so a stale page or a double click cannot move a case twice.
 */
@Entity
@Table(name = "ow_case")
class ServiceCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;
    @Column(name = "query_code", nullable = false, updatable = false)
    private String queryCode;
    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;
    @Column(name = "item_name", nullable = false, updatable = false)
    private String itemName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, updatable = false)
    private ApplicantKind applicantKind;
    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String applicantName;
    @Column(name = "applicant_id_number", nullable = false, updatable = false)
    private String applicantIdNumber;
    @Column(name = "applicant_phone", nullable = false, updatable = false)
    private String applicantPhone;
    @Column(name = "applicant_address", updatable = false)
    private String applicantAddress;
    @Column(name = "agent_name", updatable = false)
    private String agentName;
    @Column(name = "agent_id_number", updatable = false)
    private String agentIdNumber;
    @Column(name = "agent_phone", updatable = false)
    private String agentPhone;
    @Column(name = "agent_authorisation", updatable = false)
    private String agentAuthorisation;
    @Column(name = "accepting_unit_kind", nullable = false, updatable = false)
    private String acceptingUnitKind;
    @Column(name = "accepting_unit_code", nullable = false, updatable = false)
    private String acceptingUnitCode;
    @Column(name = "accepting_unit_name", nullable = false, updatable = false)
    private String acceptingUnitName;
    @Column(name = "subdistrict_code", nullable = false, updatable = false)
    private String subdistrictCode;
    @Column(name = "received_by", updatable = false)
    private String receivedBy;
    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;
    /** The day the current acceptance review began: receipt, or the resubmission after a correction notice. */
    @Column(name = "review_started_on", nullable = false)
    private LocalDate reviewStartedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "promised_days", nullable = false, updatable = false)
    private int promisedDays;
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;
    @Column(name = "deemed_accepted", nullable = false)
    private boolean deemedAccepted;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "paused_on")
    private LocalDate pausedOn;
    @Column(name = "department_code")
    private String departmentCode;
    private String decision;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "concluded_on")
    private LocalDate concludedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    private DeliveryMethod deliveryMethod;
    @Column(name = "delivery_reference")
    private String deliveryReference;
    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("position")
    private List<CaseMaterial> materials = new ArrayList<>();

    protected ServiceCase() {
    }

    ServiceCase(String caseNumber, String queryCode, String itemCode, String itemName, Channel channel,
                ApplicantKind applicantKind, String applicantName, String applicantIdNumber, String applicantPhone,
                String applicantAddress, String acceptingUnitKind, String acceptingUnitCode, String acceptingUnitName,
                String subdistrictCode, String receivedBy, LocalDateTime receivedAt, int promisedDays) {
        this.caseNumber = caseNumber;
        this.queryCode = queryCode;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.channel = channel;
        this.applicantKind = applicantKind;
        this.applicantName = applicantName;
        this.applicantIdNumber = applicantIdNumber;
        this.applicantPhone = applicantPhone;
        this.applicantAddress = applicantAddress;
        this.acceptingUnitKind = acceptingUnitKind;
        this.acceptingUnitCode = acceptingUnitCode;
        this.acceptingUnitName = acceptingUnitName;
        this.subdistrictCode = subdistrictCode;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.reviewStartedOn = receivedAt.toLocalDate();
        this.promisedDays = promisedDays;
        this.status = CaseStatus.RECEIVED;
    }

    void recordAgent(String name, String idNumber, String phone, String authorisation) {
        this.agentName = name;
        this.agentIdNumber = idNumber;
        this.agentPhone = phone;
        this.agentAuthorisation = authorisation;
    }

    void addMaterial(CaseMaterial material) {
        materials.add(material);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** 受理 (or deemed acceptance as of the receipt date): the clock starts. */
    void accept(LocalDate acceptedOn, LocalDate dueOn, boolean deemed) {
        require(CaseStatus.RECEIVED, CaseStatus.CORRECTION);
        this.status = CaseStatus.ACCEPTED;
        this.acceptedOn = acceptedOn;
        this.dueOn = dueOn;
        this.deemedAccepted = deemed;
    }

    void requestCorrection() {
        require(CaseStatus.RECEIVED);
        this.status = CaseStatus.CORRECTION;
    }

    void decline(String reason) {
        require(CaseStatus.RECEIVED);
        this.status = CaseStatus.DECLINED;
        this.decisionReason = reason;
    }

    void closeUncorrected() {
        require(CaseStatus.CORRECTION, CaseStatus.SUPPLEMENT);
        this.status = CaseStatus.CLOSED_UNCORRECTED;
    }

    /**
     * Materials handed in: back to review before acceptance, back to the department during handling, where the clock
     * restarts and the due date moves to {@code resumedDueOn}.
     */
    void resubmitted(LocalDate today, LocalDate resumedDueOn) {
        if (status == CaseStatus.CORRECTION) {
            status = CaseStatus.RECEIVED;
            reviewStartedOn = today;
        } else if (status == CaseStatus.SUPPLEMENT) {
            status = CaseStatus.ACCEPTED;
            pausedOn = null;
            dueOn = resumedDueOn;
        } else {
            throw BusinessException.conflict("onewindow.error.not-awaiting-materials");
        }
    }

    /** The department returns the case for more material: the clock stops. */
    void pauseForSupplement(LocalDate today) {
        require(CaseStatus.ACCEPTED);
        this.status = CaseStatus.SUPPLEMENT;
        this.pausedOn = today;
    }

    /** 公示 / 现场核查 begins: the clock stops. */
    void startPublicity(LocalDate today) {
        require(CaseStatus.ACCEPTED);
        this.status = CaseStatus.PUBLICITY;
        this.pausedOn = today;
    }

    /** The publicity period is over: the clock restarts, the due date moved by the working days it took. */
    void endPublicity(LocalDate resumedDueOn) {
        require(CaseStatus.PUBLICITY);
        this.status = CaseStatus.ACCEPTED;
        this.pausedOn = null;
        this.dueOn = resumedDueOn;
    }

    void dispatchTo(String departmentCode) {
        require(CaseStatus.ACCEPTED);
        this.departmentCode = departmentCode;
    }

    void conclude(String decision, String reason, LocalDate today) {
        require(CaseStatus.ACCEPTED);
        this.status = CaseStatus.CONCLUDED;
        this.decision = decision;
        this.decisionReason = reason;
        this.concludedOn = today;
    }

    void deliver(DeliveryMethod method, String reference, LocalDateTime at) {
        require(CaseStatus.CONCLUDED);
        this.status = CaseStatus.DELIVERED;
        this.deliveryMethod = method;
        this.deliveryReference = reference;
        this.deliveredAt = at;
    }

    void close() {
        require(CaseStatus.DELIVERED);
        this.status = CaseStatus.CLOSED;
    }

    private void require(CaseStatus... allowed) {
        for (CaseStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw BusinessException.conflict("onewindow.error.wrong-status");
    }

    /** The person rating must be the applicant or the agent on record. */
    boolean mayBeRatedBy(String idNumber) {
        return idNumber != null && (idNumber.equals(applicantIdNumber) || idNumber.equals(agentIdNumber));
    }

    Long id() { return id; }
    String caseNumber() { return caseNumber; }
    String queryCode() { return queryCode; }
    String itemCode() { return itemCode; }
    String itemName() { return itemName; }
    Channel channel() { return channel; }
    ApplicantKind applicantKind() { return applicantKind; }
    String applicantName() { return applicantName; }
    String applicantIdNumber() { return applicantIdNumber; }
    String applicantPhone() { return applicantPhone; }
    String applicantAddress() { return applicantAddress; }
    String agentName() { return agentName; }
    String agentIdNumber() { return agentIdNumber; }
    String agentPhone() { return agentPhone; }
    String agentAuthorisation() { return agentAuthorisation; }
    String acceptingUnitKind() { return acceptingUnitKind; }
    String acceptingUnitCode() { return acceptingUnitCode; }
    String acceptingUnitName() { return acceptingUnitName; }
    String subdistrictCode() { return subdistrictCode; }
    String receivedBy() { return receivedBy; }
    LocalDateTime receivedAt() { return receivedAt; }
    LocalDate reviewStartedOn() { return reviewStartedOn; }
    CaseStatus status() { return status; }
    int promisedDays() { return promisedDays; }
    LocalDate acceptedOn() { return acceptedOn; }
    boolean deemedAccepted() { return deemedAccepted; }
    LocalDate dueOn() { return dueOn; }
    LocalDate pausedOn() { return pausedOn; }
    String departmentCode() { return departmentCode; }
    String decision() { return decision; }
    String decisionReason() { return decisionReason; }
    LocalDate concludedOn() { return concludedOn; }
    DeliveryMethod deliveryMethod() { return deliveryMethod; }
    String deliveryReference() { return deliveryReference; }
    String processInstanceId() { return processInstanceId; }
    List<CaseMaterial> materials() { return materials; }
}

package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The contract with the chosen provider, as signed; never changed afterwards (changes go through requests). */
@Entity
@Table(name = "ps_contract")
class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(name = "contract_number", nullable = false, updatable = false)
    private String contractNumber;
    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;
    @Column(name = "provider_code", nullable = false, updatable = false)
    private String providerCode;
    @Column(name = "provider_name", nullable = false, updatable = false)
    private String providerName;
    @Column(nullable = false, updatable = false)
    private BigDecimal amount;
    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;
    @Column(name = "start_on", nullable = false, updatable = false)
    private LocalDate startOn;
    @Column(name = "end_on", nullable = false, updatable = false)
    private LocalDate endOn;
    @Column(name = "term_months", nullable = false, updatable = false)
    private int termMonths;
    @Column(name = "template_code", nullable = false, updatable = false)
    private String templateCode;
    @Column(name = "template_revision", nullable = false, updatable = false)
    private int templateRevision;
    @Column(nullable = false, updatable = false)
    private String targets;
    @Column(name = "end_on_changed")
    private LocalDate endOnChanged;
    @Column(name = "amount_changed")
    private BigDecimal amountChanged;
    @Column(name = "signed_by", nullable = false, updatable = false)
    private String signedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected Contract() {
    }

    Contract(Long projectId, String contractNumber, Bid bid, BigDecimal amount, LocalDate signedOn, LocalDate startOn,
             int termMonths, String templateCode, int templateRevision, String targets, String signedBy,
             LocalDateTime recordedAt) {
        this.projectId = projectId;
        this.contractNumber = contractNumber;
        this.bidId = bid.id();
        this.providerCode = bid.providerCode();
        this.providerName = bid.providerName();
        this.amount = amount;
        this.signedOn = signedOn;
        this.startOn = startOn;
        this.endOn = startOn.plusMonths(termMonths).minusDays(1);
        this.termMonths = termMonths;
        this.templateCode = templateCode;
        this.templateRevision = templateRevision;
        this.targets = targets;
        this.signedBy = signedBy;
        this.recordedAt = recordedAt;
    }

    /** An approved change of time: the service now ends on {@code day}. */
    void extendTo(LocalDate day) {
        this.endOnChanged = day;
    }

    /** An approved change of budget: the amount now payable in all. */
    void reprice(BigDecimal newAmount) {
        this.amountChanged = newAmount;
    }

    /** The end as changed, or as signed. */
    LocalDate effectiveEndOn() {
        return endOnChanged == null ? endOn : endOnChanged;
    }

    BigDecimal effectiveAmount() {
        return amountChanged == null ? amount : amountChanged;
    }

    Long projectId() { return projectId; }
    String contractNumber() { return contractNumber; }
    Long bidId() { return bidId; }
    String providerCode() { return providerCode; }
    String providerName() { return providerName; }
    BigDecimal amount() { return amount; }
    LocalDate signedOn() { return signedOn; }
    LocalDate startOn() { return startOn; }
    LocalDate endOn() { return endOn; }
    int termMonths() { return termMonths; }
    String templateCode() { return templateCode; }
    int templateRevision() { return templateRevision; }
    String targets() { return targets; }
}

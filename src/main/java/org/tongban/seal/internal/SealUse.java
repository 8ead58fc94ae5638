package org.tongban.seal.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 用印登记 — one document sealed for one use; never changed once written. */
@Entity
@Table(name = "seal_use")
class SealUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seal_id", nullable = false, updatable = false)
    private Long sealId;

    @Column(name = "seal_code", nullable = false, updatable = false)
    private String sealCode;

    @Column(name = "owner_unit_code", nullable = false, updatable = false)
    private String ownerUnitCode;

    @Column(name = "use_code", nullable = false, updatable = false)
    private String useCode;

    @Column(name = "use_name", nullable = false, updatable = false)
    private String useName;

    @Column(name = "document_reference", nullable = false, updatable = false)
    private String documentReference;

    @Column(name = "used_by", nullable = false, updatable = false)
    private String usedBy;

    @Column(name = "used_at", nullable = false, updatable = false)
    private LocalDateTime usedAt;

    protected SealUse() {
    }

    SealUse(Seal seal, ScopeEntry use, String documentReference, String usedBy, LocalDateTime usedAt) {
        this.sealId = seal.id();
        this.sealCode = seal.code();
        this.ownerUnitCode = seal.ownerUnitCode();
        this.useCode = use.useCode();
        this.useName = use.useName();
        this.documentReference = documentReference;
        this.usedBy = usedBy;
        this.usedAt = usedAt;
    }

    Long id() { return id; }
    Long sealId() { return sealId; }
    String sealCode() { return sealCode; }
    String ownerUnitCode() { return ownerUnitCode; }
    String useCode() { return useCode; }
    String useName() { return useName; }
    String documentReference() { return documentReference; }
    String usedBy() { return usedBy; }
    LocalDateTime usedAt() { return usedAt; }
}

package org.tongban.seal.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One use on a seal's scope list, from its addition until its removal; the row stays after it is removed. */
@Entity
@Table(name = "seal_scope")
class ScopeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Written by the seal's list ({@link Seal}); mapped here too so the lists of many seals read in one query. */
    @Column(name = "seal_id", insertable = false, updatable = false)
    private Long sealId;

    @Column(name = "use_code", nullable = false, updatable = false)
    private String useCode;

    @Column(name = "use_name", nullable = false, updatable = false)
    private String useName;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    @Column(name = "add_reason", updatable = false)
    private String addReason;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removed_at")
    private LocalDateTime removedAt;

    @Column(name = "remove_reason")
    private String removeReason;

    protected ScopeEntry() {
    }

    ScopeEntry(String useCode, String useName, String addedBy, LocalDateTime addedAt, String addReason) {
        this.useCode = useCode;
        this.useName = useName;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        this.addReason = addReason;
    }

    void remove(String actor, LocalDateTime now, String reason) {
        this.removedBy = actor;
        this.removedAt = now;
        this.removeReason = reason;
    }

    boolean active() {
        return removedAt == null;
    }

    Long sealId() { return sealId; }
    String useCode() { return useCode; }
    String useName() { return useName; }
    String addedBy() { return addedBy; }
    LocalDateTime addedAt() { return addedAt; }
    String addReason() { return addReason; }
    String removedBy() { return removedBy; }
    LocalDateTime removedAt() { return removedAt; }
    String removeReason() { return removeReason; }
}

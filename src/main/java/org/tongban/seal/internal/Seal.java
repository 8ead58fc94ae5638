package org.tongban.seal.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.seal.SealKind;

/**
 * A seal with its scope list. What is engraved (code, unit, inscription, kind, image) never changes; the list
 * changes entry by entry, and retiring ends the seal for good.
 */
@Entity
@Table(name = "seal_seal")
class Seal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "owner_unit_code", nullable = false, updatable = false)
    private String ownerUnitCode;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SealKind kind;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] image;

    @Column(name = "image_sha256", nullable = false, updatable = false)
    private String imageSha256;

    @Column(updatable = false)
    private String keeper;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private LocalDateTime registeredAt;

    @Column(name = "retired_by")
    private String retiredBy;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    @Column(name = "retire_reason")
    private String retireReason;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "seal_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ScopeEntry> scope = new ArrayList<>();

    protected Seal() {
    }

    Seal(String code, String ownerUnitCode, String name, SealKind kind, byte[] image, String imageSha256,
         String keeper, String registeredBy, LocalDateTime registeredAt) {
        this.code = code;
        this.ownerUnitCode = ownerUnitCode;
        this.name = name;
        this.kind = kind;
        this.image = image.clone();
        this.imageSha256 = imageSha256;
        this.keeper = keeper;
        this.active = true;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /**
     * Makes the scope list {@code wanted} (use code → display name): uses not on it are added, uses not wanted
     * leave it. Refused once retired, and when the list would stay as it is.
     *
     * @return the uses added and removed, for the audit trail
     */
    ScopeChange changeScope(Map<String, String> wanted, String actor, LocalDateTime now, String reason) {
        requireActive();
        List<String> removed = new ArrayList<>();
        for (ScopeEntry entry : activeScope()) {
            if (!wanted.containsKey(entry.useCode())) {
                entry.remove(actor, now, reason);
                removed.add(entry.useCode());
            }
        }
        Set<String> kept = activeUseCodes();
        List<String> added = new ArrayList<>();
        wanted.forEach((useCode, useName) -> {
            if (!kept.contains(useCode)) {
                scope.add(new ScopeEntry(useCode, useName, actor, now, reason));
                added.add(useCode);
            }
        });
        if (added.isEmpty() && removed.isEmpty()) {
            throw BusinessException.invalid("seal.error.scope-unchanged", code);
        }
        return new ScopeChange(added, removed);
    }

    /** Ends the seal: {@code use} no longer finds it. */
    void retire(String actor, LocalDateTime now, String reason) {
        requireActive();
        this.active = false;
        this.retiredBy = actor;
        this.retiredAt = now;
        this.retireReason = reason;
    }

    void requireActive() {
        if (!active) {
            throw BusinessException.conflict("seal.error.retired", code);
        }
    }

    List<ScopeEntry> activeScope() {
        return scope.stream().filter(ScopeEntry::active).toList();
    }

    private Set<String> activeUseCodes() {
        return activeScope().stream().map(ScopeEntry::useCode).collect(Collectors.toSet());
    }

    /** The active entry for {@code useCode}, if the list has it. */
    Optional<ScopeEntry> scopeEntry(String useCode) {
        return activeScope().stream().filter(entry -> entry.useCode().equals(useCode)).findFirst();
    }

    Long id() { return id; }
    String code() { return code; }
    String ownerUnitCode() { return ownerUnitCode; }
    String name() { return name; }
    SealKind kind() { return kind; }
    byte[] image() { return image.clone(); }
    String imageSha256() { return imageSha256; }
    String keeper() { return keeper; }
    boolean active() { return active; }
    String registeredBy() { return registeredBy; }
    LocalDateTime registeredAt() { return registeredAt; }
    String retiredBy() { return retiredBy; }
    LocalDateTime retiredAt() { return retiredAt; }
    String retireReason() { return retireReason; }
    long version() { return version; }
    List<ScopeEntry> scope() { return List.copyOf(scope); }

    /** What a scope change did. */
    record ScopeChange(Collection<String> added, Collection<String> removed) {

        /** For the audit trail, e.g. "added: certificate:CE-037; removed: certificate:CE-024". */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add("added: " + String.join(",", added));
            }
            if (!removed.isEmpty()) {
                parts.add("removed: " + String.join(",", removed));
            }
            return String.join("; ", parts);
        }
    }
}

package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;

/**
 * A qualification with its scan, whose type was read from the content. Lists read it without the scan; the row
 * stays after it is removed.
 */
@Entity
@Table(name = "ps_provider_qualification")
class ProviderQualificationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private Long providerId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removed_at")
    private LocalDateTime removedAt;

    @Column(name = "remove_reason")
    private String removeReason;

    protected ProviderQualificationRecord() {
    }

    ProviderQualificationRecord(Long providerId, String name, String number, String issuer, LocalDate validUntil,
                                String fileName, String contentType, byte[] content, String sha256, String addedBy,
                                LocalDateTime addedAt) {
        this.providerId = providerId;
        this.name = name;
        this.number = number;
        this.issuer = issuer;
        this.validUntil = validUntil;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void remove(String actor, LocalDateTime now, String reason) {
        if (removedAt != null) {
            throw BusinessException.conflict("purchasedservice.provider.error.qualification-removed", name);
        }
        this.removedBy = actor;
        this.removedAt = now;
        this.removeReason = reason;
    }

    Long id() { return id; }
    Long providerId() { return providerId; }
    String name() { return name; }
    String number() { return number; }
    String issuer() { return issuer; }
    LocalDate validUntil() { return validUntil; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    String sha256() { return sha256; }
    String addedBy() { return addedBy; }
    LocalDateTime addedAt() { return addedAt; }
    String removedBy() { return removedBy; }
    LocalDateTime removedAt() { return removedAt; }
    String removeReason() { return removeReason; }
}

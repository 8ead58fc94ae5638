package org.tongban.onewindow.internal;

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

/** An uploaded material file; its content type was sniffed from the bytes, not taken from the name. */
@Entity
@Table(name = "ow_case_file")
class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Column(name = "material_code", nullable = false, updatable = false)
    private String materialCode;
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
    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected CaseFile() {
    }

    CaseFile(Long caseId, String materialCode, String fileName, String contentType, byte[] content, String sha256,
             String uploadedBy, LocalDateTime uploadedAt) {
        this.caseId = caseId;
        this.materialCode = materialCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() { return id; }
    Long caseId() { return caseId; }
    String materialCode() { return materialCode; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    byte[] content() { return content; }
}

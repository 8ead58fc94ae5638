package org.tongban.purchasedservice.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tongban.base.StoredUpload;

/** Evidence handed in with a milestone report, typed by its content when it was uploaded. */
@Entity
@Table(name = "ps_milestone_file")
class MilestoneFile extends StoredUpload {

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    protected MilestoneFile() {
    }

    MilestoneFile(Long milestoneId, String fileName, String contentType, byte[] content, String sha256,
                  String uploadedBy, LocalDateTime uploadedAt) {
        super(fileName, contentType, content, sha256, uploadedBy, uploadedAt);
        this.milestoneId = milestoneId;
    }

    Long milestoneId() { return milestoneId; }
}

package org.tongban.workaccess.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tongban.base.StoredUpload;

/** A file sent with dispatched work (a form to fill, a notice to post). */
@Entity
@Table(name = "wa_dispatch_file")
class DispatchFile extends StoredUpload {

    @Column(name = "dispatch_id", nullable = false, updatable = false)
    private Long dispatchId;

    protected DispatchFile() {
    }

    DispatchFile(Long dispatchId, RequestContent.CheckedFile file, String by, LocalDateTime at) {
        super(file.fileName(), file.contentType(), file.content(), file.sha256(), by, at);
        this.dispatchId = dispatchId;
    }

    Long dispatchId() { return dispatchId; }
}

package org.tongban.workaccess.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tongban.base.StoredUpload;

/** A file attached to an access request (the deployment document, a work plan). */
@Entity
@Table(name = "wa_request_file")
class RequestFile extends StoredUpload {

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    protected RequestFile() {
    }

    RequestFile(Long requestId, RequestContent.CheckedFile file, String by, LocalDateTime at) {
        super(file.fileName(), file.contentType(), file.content(), file.sha256(), by, at);
        this.requestId = requestId;
    }

    Long requestId() { return requestId; }
}

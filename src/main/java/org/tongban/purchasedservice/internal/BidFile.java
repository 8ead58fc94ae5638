package org.tongban.purchasedservice.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tongban.base.StoredUpload;

/** A response file of a bid, typed by its content when it was uploaded. */
@Entity
@Table(name = "ps_bid_file")
class BidFile extends StoredUpload {

    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;

    protected BidFile() {
    }

    BidFile(Long bidId, String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
            LocalDateTime uploadedAt) {
        super(fileName, contentType, content, sha256, uploadedBy, uploadedAt);
        this.bidId = bidId;
    }

    Long bidId() { return bidId; }
}

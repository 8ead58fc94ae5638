package org.tongban.inbox.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.inbox.CopyItem;

/** 抄送 — one staff member's copy of a case, with a snapshot of its number and title. */
@Entity
@Table(name = "inbox_carbon_copy")
class CarbonCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    @Column(name = "process_name")
    private String processName;

    @Column(name = "business_key")
    private String businessKey;

    @Column(name = "case_title")
    private String caseTitle;

    @Column(nullable = false)
    private String recipient;

    private String sender;

    private String note;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected CarbonCopy() {
    }

    CarbonCopy(String processInstanceId, String processName, String businessKey, String caseTitle, String recipient,
               String sender, String note, LocalDateTime createdAt) {
        this.processInstanceId = processInstanceId;
        this.processName = processName;
        this.businessKey = businessKey;
        this.caseTitle = caseTitle;
        this.recipient = recipient;
        this.sender = sender;
        this.note = note;
        this.createdAt = createdAt;
    }

    String recipient() {
        return recipient;
    }

    String sender() {
        return sender;
    }

    void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    CopyItem toItem(String senderName) {
        return new CopyItem(id, processInstanceId, businessKey, caseTitle, processName, senderName, note, createdAt,
                readAt != null);
    }
}

package org.tongban.purchasedservice.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Work civil affairs proposed buying instead, until a project of the department answers it. */
@Entity
@Table(name = "ps_proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_number", nullable = false, updatable = false)
    private String requestNumber;
    @Column(name = "department_code", nullable = false, updatable = false)
    private String departmentCode;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(updatable = false)
    private String content;
    @Column(updatable = false)
    private String note;
    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;
    @Column(name = "project_id")
    private Long projectId;

    protected Proposal() {
    }

    Proposal(String requestNumber, String departmentCode, String title, String content, String note,
             LocalDateTime receivedAt) {
        this.requestNumber = requestNumber;
        this.departmentCode = departmentCode;
        this.title = title;
        this.content = content;
        this.note = note;
        this.receivedAt = receivedAt;
    }

    void answeredBy(Long project) {
        this.projectId = project;
    }

    Long id() { return id; }
    String requestNumber() { return requestNumber; }
    String departmentCode() { return departmentCode; }
    String title() { return title; }
    String content() { return content; }
    String note() { return note; }
    LocalDateTime receivedAt() { return receivedAt; }
    Long projectId() { return projectId; }
}

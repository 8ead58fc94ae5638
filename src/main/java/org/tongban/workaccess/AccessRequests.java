package org.tongban.workaccess;

import java.util.List;

import org.tongban.catalog.WorkItem;

/**
 * 准入申请 — departments submit, civil affairs reviews, the county approves, and decisions can be revoked. Every
 * method checks the data scope: a department sees its own requests; civil-affairs reviewers and county approvers
 * see all of the county. Refusals are {@link org.tongban.base.BusinessException}s with {@code workaccess.error.*}
 * keys, and a refused action writes nothing.
 */
public interface AccessRequests {

    /** Validates, stores and checks a request of the signed-in department handler's department. */
    SubmittedRequest submit(AccessRequestDraft draft);

    AccessRequestDetail detail(long id);

    /** The request an open review step belongs to (the inbox opens steps by task id), within the data scope. */
    long requestOfTask(String taskId);

    List<AccessRequestRow> list(RequestQuery query, int offset, int limit);

    long count(RequestQuery query);

    /**
     * 民政审查. {@link ReviewDecision#CLASSIFY_LISTED} needs {@code itemCode}; refuse and return need the text as
     * reason; the others take it as an optional opinion.
     */
    void review(String taskId, ReviewDecision decision, String itemCode, String text);

    /** 县级审定: approve (admitted) or refuse, with an opinion (required to refuse). */
    void approveByCounty(String taskId, boolean approve, String opinion);

    /** 修改申请: resubmit the changed request (checked again, with a new review period). */
    void resubmit(String taskId, AccessRequestDraft draft);

    /** 修改申请: withdraw the request instead. */
    void withdraw(String taskId, String reason);

    /** Revokes an admitted decision (civil-affairs reviewers): the gate refuses new dispatches under it at once. */
    void revoke(long id, String reason);

    /** A file attached to a request, within the data scope. */
    StoredFile file(long requestId, long fileId);

    /** List entries a request may name today: duties, assisting work and the negative list, by code. */
    List<WorkItem> workItems();

    /** A stored file's name, type and bytes. */
    record StoredFile(String fileName, String contentType, byte[] content) {
    }
}

package org.tongban.workaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The community side of dispatched work (and the department's view of its dispatches): open the task, read the
 * instructions and attachments, report back. Within the data scope: a community sees its own tasks only.
 */
public interface CommunityWork {

    /** The dispatched work behind an open task of the signed-in user's community. */
    DispatchedWork open(String taskId);

    /** Reports back and completes the task. */
    void complete(String taskId, String feedback);

    /** The dispatches made under one request, for its page (same scope as the request). */
    List<DispatchSummary> dispatchesOf(long requestId);

    /** A file attached to a dispatch, for its department and its target communities. */
    AccessRequests.StoredFile file(long dispatchId, long fileId);

    record DispatchedWork(String taskId, long dispatchId, String dispatchNumber, String decisionNumber,
                          String departmentName, String title, String instructions, LocalDate dueOn,
                          String communityCode, String communityName,
                          List<AccessRequestDetail.FileEntry> files) {
    }

    record DispatchSummary(long id, String dispatchNumber, String title, LocalDate dueOn, LocalDateTime dispatchedAt,
                           String dispatchedBy, List<TargetState> targets) {
    }

    record TargetState(String communityCode, String communityName, LocalDateTime completedAt, String completedBy,
                       String feedback) {
    }
}

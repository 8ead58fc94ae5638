package org.tongban.workaccess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;

/**
 * Everything about one request on one page: what was asked, what the automatic check said and by which rule, the
 * reviewer's and the county's opinions, the decision (number, scope, dates) or the refusal, and the step the viewer
 * may take now.
 *
 * @param workItem     the list entry as it stood when the request was checked (null for out-of-list work)
 * @param targets      the units the request names (subdistricts or communities), by name
 * @param communities  the communities the scope covers today
 * @param negativeHints negative-list entries whose keywords occur in the text: hints for the reviewer, never a verdict
 * @param openTaskId   the open step of the request the viewer may act on, or null
 * @param openStep     that step's task definition key ({@code Task_Review}, {@code Task_CountyApproval}, {@code Task_Revise})
 */
public record AccessRequestDetail(long id, String requestNumber, String departmentCode, String departmentName,
                                  String submittedBy, LocalDateTime submittedAt, String title, String content,
                                  String legalBasis, WorkItem workItem, WorkItemKind workItemKind, TargetScope scope,
                                  List<String> targets, List<Community> communities, LocalDate startOn,
                                  LocalDate endOn, BigDecimal hoursPerCommunity, boolean fundingProvided,
                                  BigDecimal fundingAmount, String fundingSource, TransferMethod transferMethod,
                                  String workingConditions, boolean existingDataUsable, String dataSharingNote,
                                  String contactName, String contactPhone, boolean urgent, String urgentReason,
                                  List<WorkItem> negativeHints, RequestStatus status, String checkRule,
                                  String checkRuleText, LocalDate reviewDueOn, String confirmedItemCode,
                                  String reviewOpinion, String countyOpinion, String decisionNumber,
                                  LocalDateTime decidedAt, String decisionBasis, String refusalReason,
                                  String purchaseNote, LocalDateTime revokedAt, String revokeReason,
                                  boolean expired, List<FileEntry> files, String processInstanceId,
                                  String openTaskId, String openStep, boolean mayDispatch, boolean mayRevoke) {

    /** A community in scope. */
    public record Community(String code, String name) {
    }

    /** An attached file, for download. */
    public record FileEntry(long id, String fileName, String contentType, long sizeBytes) {
    }
}

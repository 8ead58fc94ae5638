package org.tongban.onewindow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.tongban.catalog.Channel;

/**
 * One case on one page. Applicant and agent identifiers are masked unless the reader asked to see them in full
 * (an audited read).
 *
 * @param remainingWorkingDays working days until the due date (negative when overdue), null before acceptance or
 *                             after conclusion
 * @param processInstanceId    for the case history and the diagram
 */
public record CaseDetail(long id, String caseNumber, String itemCode, String itemName, Channel channel,
                         CaseStatus status, ApplicantKind applicantKind, String applicantName, String applicantIdNumber,
                         String applicantPhone, String applicantAddress, String agentName, String agentIdNumber,
                         String agentPhone, String agentAuthorisation, boolean unmasked, String acceptingUnitName,
                         String receivedByName, LocalDateTime receivedAt, int promisedDays, LocalDate acceptedOn,
                         boolean deemedAccepted, LocalDate dueOn, Integer remainingWorkingDays, String departmentCode,
                         String departmentName, String decision, String decisionReason, LocalDate concludedOn,
                         DeliveryMethod deliveryMethod, String deliveryReference, List<Material> materials,
                         List<Notice> notices, Rating rating, String processInstanceId) {

    /** A required material and how it was provided; {@code files} are ids for download. */
    public record Material(String code, String name, boolean mandatory, Provision provision, List<FileRef> files) {
    }

    /** An uploaded file. */
    public record FileRef(long id, String fileName, String contentType, long sizeBytes) {
    }

    /** An issued notice. */
    public record Notice(long id, NoticeKind kind, LocalDate issuedOn, String issuedByName, List<String> items,
                         String reason, String referTo) {
    }

    /** The applicant's rating. */
    public record Rating(RatingLevel level, String comment, String ratedBy, LocalDateTime ratedAt) {
    }
}

package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The provider's side of selection (承接主体): responding to an open notice with a price, a plan and response files
 * until the deadline, seeing its own bids and their results, and objecting once per round to a result (质疑). Every
 * method works for the signed-in provider contact only and on that provider's bids only; refusals are
 * {@link org.tongban.base.BusinessException}s with {@code purchasedservice.error.*} keys.
 */
public interface Bids {

    /** Notices open for responses now, nearest deadline first, each with the caller's own bid on it if any. */
    List<OpenNotice> openNotices();

    /** Submits the provider's response, or replaces it while the notice is open. */
    MyBid submit(String projectNumber, BidDraft draft);

    /** Withdraws the response while the notice is open. */
    void withdraw(long bidId);

    /** The provider's bids, newest first, with where each stands. */
    List<MyBid> myBids();

    /** A 质疑 against the round's result, in the objection period, by a bidder that was not chosen; once a round. */
    void object(long bidId, String grounds);

    /** A response file of the caller's own bid. */
    StoredFile file(long fileId);

    /**
     * A response as the provider enters it.
     *
     * @param price yuan as typed; at most the notice's budget
     * @param files the response files (PDF or scans), at least one
     */
    record BidDraft(String price, String planSummary, String contact, List<NewFile> files) {

        public BidDraft {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** A file as uploaded, checked by content before it is stored. */
    record NewFile(String fileName, byte[] content) {
    }

    /** A stored file as it is downloaded. */
    record StoredFile(String fileName, String contentType, byte[] content) {
    }

    /** An open notice with the caller's bid, if any. */
    record OpenNotice(String projectNumber, String title, String departmentName, PurchaseMethod method,
                      BigDecimal budgetAmount, LocalDateTime deadline, Long myBidId) {
    }

    /**
     * One of the provider's bids and where it stands.
     *
     * @param ranking    its place after the panel's scoring, once the result is published
     * @param chosen     whether it is the selected bid of the published result
     * @param mayObject  whether an objection can be raised now
     */
    record MyBid(long id, String projectNumber, String title, String departmentName, BigDecimal price,
                 String planSummary, String contact, LocalDateTime submittedAt, LocalDateTime deadline,
                 boolean withdrawn, ProjectStatus projectStatus, Integer ranking, BigDecimal score, boolean chosen,
                 LocalDateTime objectionDeadline, boolean mayObject, String objection, Boolean objectionUpheld,
                 String objectionAnswer, List<FileEntry> files) {
    }

    /** A stored file's name and size, to list and download. */
    record FileEntry(long id, String fileName, long sizeBytes) {
    }
}

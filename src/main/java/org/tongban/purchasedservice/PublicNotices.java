package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** 采购公告 as the public sees them, without a login: open purchases first, then the closed ones of the last year. */
public interface PublicNotices {

    List<PublicNotice> notices();

    Optional<PublicNotice> notice(String projectNumber);

    /**
     * What a notice publishes; single-source notices publish the justification too. Later stages add what the rules
     * have published: the result, the acceptance with the service users, and a public-commitment project's reviews
     * (empty or null until then; the detail only).
     */
    record PublicNotice(String projectNumber, String title, String departmentName, BigDecimal budgetAmount,
                        PurchaseMethod method, String targetGroup, String content, String outputs,
                        int durationMonths, String requirements, List<NoticeDraft.Criterion> criteria,
                        String singleSourceReason, LocalDateTime publishedAt, LocalDateTime deadline, String contact,
                        boolean open, Result result, Acceptance acceptance, Commitment commitment) {
    }

    /** 中选结果: who, at what price, and until when bidders may object. */
    record Result(String providerName, BigDecimal price, LocalDateTime publishedAt, LocalDateTime objectionsUntil) {
    }

    /** 履约验收结果 with the service users' part. */
    record Acceptance(boolean passed, LocalDateTime at, Integer surveyResponses, BigDecimal satisfaction,
                      String representatives, String findings) {
    }

    /** 公开承诺: the responsible body, the deadline, and the six-monthly public reviews so far. */
    record Commitment(String responsibleBody, java.time.LocalDate deadline, List<Review> reviews) {
    }

    record Review(java.time.LocalDate heldOn, String participants, String opinions, String response) {
    }
}

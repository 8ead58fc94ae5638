package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** 采购公告 as the public sees them, without a login: open purchases first, then the closed ones of the last year. */
public interface PublicNotices {

    List<PublicNotice> notices();

    Optional<PublicNotice> notice(String projectNumber);

    /** What a notice publishes; single-source notices publish the justification too. */
    record PublicNotice(String projectNumber, String title, String departmentName, BigDecimal budgetAmount,
                        PurchaseMethod method, String targetGroup, String content, String outputs,
                        int durationMonths, String requirements, List<NoticeDraft.Criterion> criteria,
                        String singleSourceReason, LocalDateTime publishedAt, LocalDateTime deadline, String contact,
                        boolean open) {
    }
}

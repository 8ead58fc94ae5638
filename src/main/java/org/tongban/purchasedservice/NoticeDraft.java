package org.tongban.purchasedservice;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 采购公告 as the project manager writes it: who may respond, how responses are scored, until when.
 *
 * @param requirements what a provider must meet (资格要求)
 * @param criteria     评审因素及分值, weights summing to 100
 * @param deadline     when responses close; not earlier than the method's minimum period after publication
 */
public record NoticeDraft(String requirements, String contact, LocalDateTime deadline, List<Criterion> criteria) {

    public NoticeDraft {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** One evaluation criterion and its points. */
    public record Criterion(String name, String description, Integer weight) {
    }
}

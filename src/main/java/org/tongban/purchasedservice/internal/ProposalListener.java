package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.workaccess.PurchaseProposed;

/**
 * Keeps what civil affairs proposed buying instead of handing to communities (向基层群众性自治组织购买服务), in the
 * review's own transaction, until a project manager of the department starts a project from it.
 */
@Component
class ProposalListener {

    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 2000;
    private static final int NOTE_MAX = 1000;

    private final Proposals proposals;
    private final Clock clock;

    ProposalListener(Proposals proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @EventListener
    void on(PurchaseProposed proposed) {
        if (proposals.existsByRequestNumber(proposed.requestNumber())) {
            return;
        }
        proposals.save(new Proposal(proposed.requestNumber(), proposed.departmentCode(),
                cut(proposed.title(), TITLE_MAX), cut(proposed.content(), TEXT_MAX), cut(proposed.note(), NOTE_MAX),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

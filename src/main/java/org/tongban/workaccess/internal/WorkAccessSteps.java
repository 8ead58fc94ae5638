package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongban.base.SequenceNumbers;
import org.tongban.catalog.WorkingDays;
import org.tongban.inbox.CarbonCopies;
import org.tongban.inbox.CopiedCase;
import org.tongban.workaccess.PurchaseProposed;

/**
 * What the review process does on its own ({@code ${workAccessSteps.admit(requestId)}}): record the automatic check,
 * open the review period, take the decision number, remind the reviewers. Runs inside the engine's transaction.
 */
// Public: JUEL resolves methods of public classes only.
@Component("workAccessSteps")
public class WorkAccessSteps {

    private static final String PROCESS_NAME = "社区工作事项准入审查";

    private final AccessRequestsRepository requests;
    private final WorkingDays workingDays;
    private final WorkAccessSettings settings;
    private final SequenceNumbers sequences;
    private final CarbonCopies carbonCopies;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkAccessSteps(AccessRequestsRepository requests, WorkingDays workingDays, WorkAccessSettings settings,
                    SequenceNumbers sequences, CarbonCopies carbonCopies, AccessScope scope,
                    ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.workingDays = workingDays;
        this.settings = settings;
        this.sequences = sequences;
        this.carbonCopies = carbonCopies;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the outcome and the rule that fired, and returns the outcome for the gateway. Work going to review gets
     * its due date here: the review's timers are computed as the review is entered, before its start listener runs.
     */
    public String recordCheck(Long requestId, Map<String, Object> checkResult) {
        String outcome = (String) checkResult.get("outcome");
        AccessRequest request = request(requestId);
        request.checked(outcome, (String) checkResult.get("rule"), (String) checkResult.get("ruleText"));
        if (WorkAccessProcess.REVIEW.equals(outcome)) {
            reviewStarted(requestId);
        }
        return outcome;
    }

    /** Opens the review period: due in the configured working days from today (a resubmission starts it afresh). */
    public void reviewStarted(Long requestId) {
        request(requestId).reviewStarted(workingDays.plusWorkingDays(LocalDate.now(clock), settings.reviewWorkingDays()));
    }

    /** 准入决定 with its number, {@code ZR-<county>-<year>-<seq>}, gap-free per county and year. */
    public void admit(Long requestId) {
        AccessRequest request = request(requestId);
        int year = LocalDate.now(clock).getYear();
        long sequence = sequences.next("wa-decision:" + settings.countyCode() + ":" + year);
        request.admit(String.format("ZR-%s-%d-%04d", settings.countyCode(), year, sequence),
                LocalDateTime.now(clock), request.checkRuleText());
    }

    public void refuse(Long requestId) {
        AccessRequest request = request(requestId);
        request.refuse(LocalDateTime.now(clock), request.checkRuleText());
    }

    public void proposePurchase(Long requestId) {
        AccessRequest request = request(requestId);
        events.publishEvent(new PurchaseProposed(request.requestNumber(), request.departmentCode(), request.title(),
                request.content(), request.purchaseNote()));
    }

    /** 临期提醒: a copy to the reviewers one working day (configurable) before the review is due. */
    public void remind(Long requestId) {
        AccessRequest request = request(requestId);
        carbonCopies.copy(new CopiedCase(request.processInstanceId(), PROCESS_NAME, request.requestNumber(),
                        request.title()), List.of(scope.reviewGroup()), null,
                "准入申请将于 " + request.reviewDueOn() + " 到期，请抓紧审查。");
    }

    private AccessRequest request(Long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new IllegalStateException("No access request " + requestId));
    }
}

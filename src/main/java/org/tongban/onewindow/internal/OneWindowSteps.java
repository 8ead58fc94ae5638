package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.WorkingDays;
import org.tongban.onewindow.NoticeKind;

/**
 * What the process does on its own ({@code ${oneWindowSteps.…}}): deemed acceptance when the review period ran out,
 * recording the dispatch, concluding, closing. Each step runs in the engine's transaction.
 */
// Public: JUEL resolves methods of public classes only.
@Component("oneWindowSteps")
@Transactional
public class OneWindowSteps {

    private final ServiceCases cases;
    private final CaseNotices notices;
    private final WorkingDays workingDays;
    private final Clock clock;

    OneWindowSteps(ServiceCases cases, CaseNotices notices, WorkingDays workingDays, Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * 视为受理 (行政许可法 §32): no decision within the review period, so the case counts as accepted from the day the
     * complete application was received (the receipt, or the resubmission after a correction notice), and its due
     * date runs from then.
     */
    public void deemAccepted(Long caseId) {
        ServiceCase serviceCase = load(caseId);
        LocalDate receivedOn = serviceCase.reviewStartedOn();
        serviceCase.accept(receivedOn, workingDays.plusWorkingDays(receivedOn, serviceCase.promisedDays()), true);
        notices.save(new CaseNotice(caseId, NoticeKind.RECEIPT, LocalDateTime.now(clock), null, List.of(),
                null, null));
    }

    public void dispatched(Long caseId, String departmentCode) {
        load(caseId).dispatchTo(departmentCode);
    }

    public void closeUncorrected(Long caseId) {
        load(caseId).closeUncorrected();
    }

    /** 办结: the department's decision stands; the result notice is issued. */
    public void conclude(Long caseId, String handling, String reason) {
        boolean approved = OneWindowProcess.APPROVE.equals(handling);
        ServiceCase serviceCase = load(caseId);
        serviceCase.conclude(approved ? "APPROVED" : "REJECTED", approved ? null : reason, LocalDate.now(clock));
        notices.save(new CaseNotice(caseId, NoticeKind.RESULT, LocalDateTime.now(clock), null, List.of(),
                approved ? null : reason, null));
    }

    public void startPublicity(Long caseId) {
        load(caseId).startPublicity(LocalDate.now(clock));
    }

    public void endPublicity(Long caseId) {
        ServiceCase serviceCase = load(caseId);
        LocalDate today = LocalDate.now(clock);
        int waited = workingDays.workingDaysBetween(serviceCase.pausedOn(), today);
        serviceCase.endPublicity(workingDays.plusWorkingDays(serviceCase.dueOn(), waited));
    }

    /** The departments that countersign, from the comma-separated variable set at intake. */
    public List<String> departments(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    }

    /** 会签: one department disagreeing sends the case back to the lead department once all have signed. */
    public void countersigned(DelegateTask task) {
        if ("disagree".equals(task.getVariable("countersignDecision"))) {
            task.getExecution().getProcessInstance().setVariable(OneWindowProcess.VAR_COUNTERSIGN_DISAGREED, true);
        }
    }

    /**
     * An overdue case re-entering the department stage (after a supplement or a re-dispatch) fires its overdue timer
     * again: one open 督办 task is enough.
     */
    public boolean noOpenSupervision(DelegateExecution execution) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_Supervise").count() == 0;
    }

    /** The rating window closed without a rating. */
    public void close(Long caseId) {
        load(caseId).close();
    }

    private ServiceCase load(Long caseId) {
        return cases.lockById(caseId).orElseThrow(() -> new IllegalStateException("No case " + caseId));
    }
}

package org.tongban.workaccess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * 准入统计 — read-only figures of work-item access. Civil-affairs reviewers and county approvers see the whole county;
 * a department's staff see their own department's rows; anyone else is refused. Date ranges are inclusive, at most
 * 366 days, and count requests by the day they were submitted and refused dispatches by the day they were tried.
 */
public interface WorkAccessReports {

    /** Requests submitted in {@code [from, to]} per department, by where they stand now. */
    List<OutcomeRow> outcomes(LocalDate from, LocalDate to);

    /** Dispatches the gate refused in {@code [from, to]}: per department and reason (the 减负 figure), and each attempt. */
    RefusalFigures refusals(LocalDate from, LocalDate to);

    /** Admitted requests submitted in {@code [from, to]} per department, by the list part the work falls under. */
    List<CategoryRow> admittedByCategory(LocalDate from, LocalDate to);

    /**
     * Expected hours per community and month of {@code year}: each admitted decision's hours per community, spread
     * evenly over the calendar months its dates touch, for every community its scope covers.
     */
    List<WorkloadRow> workload(int year);

    /** The four reports as an .xlsx workbook, one sheet each, headed in Chinese. */
    byte[] exportExcel(LocalDate from, LocalDate to, int year);

    /** @param counts requests by status (absent: none) */
    record OutcomeRow(String departmentCode, String departmentName, Map<RequestStatus, Long> counts, long total) {

        public long count(RequestStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    record RefusalFigures(List<RefusalRow> byDepartment, List<RefusedAttempt> attempts) {
    }

    /**
     * @param departmentCode null for attempts by someone who is no department's handler
     * @param reasons        refused attempts by reason (absent: none)
     */
    record RefusalRow(String departmentCode, String departmentName, Map<DispatchRefusal, Long> reasons, long total) {

        public long count(DispatchRefusal reason) {
            return reasons.getOrDefault(reason, 0L);
        }
    }

    /** One refused attempt: who (display name), when, under which decision number (as given), to which communities. */
    record RefusedAttempt(LocalDateTime attemptedAt, String attemptedBy, String departmentName, String decisionNumber,
                          String title, List<String> communities, DispatchRefusal reason, DispatchChannel channel) {
    }

    /**
     * @param duty      依法履职事项
     * @param assist    协助政府工作事项
     * @param outOfList work outside the list, admitted by the county (县级审定)
     */
    record CategoryRow(String departmentCode, String departmentName, long duty, long assist, long outOfList,
                       long total) {
    }

    /** @param months hours in January … December, one decimal */
    record WorkloadRow(String communityCode, String communityName, List<BigDecimal> months, BigDecimal total) {
    }
}

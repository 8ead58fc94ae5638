package org.tongban.inbox;

/**
 * What the inbox expects of a BPMN process, in one place:
 * <ul>
 *   <li>{@code camunda:candidateStarterGroups} names who may start it (e.g. {@code role:dept-handler}); a process
 *       without starters cannot be started from the inbox;</li>
 *   <li>the start event declares {@code camunda:initiator="initiator"} and a Camunda Form;</li>
 *   <li>user tasks use candidate groups of the scheme in {@link org.tongban.identity.CandidateGroups} or an assignee
 *       expression, and a Camunda Form ({@code camunda-forms:deployment:forms/…}); a task offered to a
 *       {@code community:} group is created only on the basis the work-access dispatch gate accepts (the process
 *       extension property {@code communityWorkBasis}, or an access decision in its variables);</li>
 *   <li>process extension properties: {@link #BUSINESS_KEY_PREFIX} (e.g. {@code QJ}) gives case numbers
 *       {@code QJ-20261124-0001}; {@link #CASE_TITLE} is a template such as {@code {initiatorName} · {leaveType}}
 *       filled from the start form (option labels, not codes).</li>
 * </ul>
 * Variables the inbox sets at start are named here too.
 */
public final class ProcessConventions {

    /** Extension property: prefix of case numbers. */
    public static final String BUSINESS_KEY_PREFIX = "businessKeyPrefix";
    /** Extension property: template of the case title. */
    public static final String CASE_TITLE = "caseTitle";

    /** Variable: username of whoever started the case (also set by {@code camunda:initiator}). */
    public static final String VAR_INITIATOR = "initiator";
    /** Variable: display name of the initiator. */
    public static final String VAR_INITIATOR_NAME = "initiatorName";
    /** Variable: group prefix of the initiator's first unit, e.g. {@code department}. */
    public static final String VAR_INITIATOR_UNIT_KIND = "initiatorUnitKind";
    /** Variable: code of the initiator's first unit, e.g. {@code DP-MZ}. */
    public static final String VAR_INITIATOR_UNIT_CODE = "initiatorUnitCode";
    /** Variable: the case title shown in every list. */
    public static final String VAR_CASE_TITLE = "caseTitle";

    private ProcessConventions() {
    }
}

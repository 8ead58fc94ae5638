package org.tongban.inbox;

import java.util.List;
import java.util.Map;

/** 发起, 我发起的 and the case history, within the user's data scope. */
public interface Cases {

    /** Latest versions of the processes whose candidate starter groups include one of the user's groups. */
    List<StartableProcess> startable();

    StartForm startForm(String processKey);

    /**
     * Validates the start form, numbers the case, and starts it as the current user, in one transaction.
     *
     * @throws FormSubmissionRejected when a value breaks the form's rules
     */
    StartedCase start(String processKey, Map<String, Object> values);

    List<CaseSummary> startedByMe(String text, int offset, int limit);

    long countStartedByMe(String text);

    /**
     * The case's history, for anyone who started it, worked on or was offered one of its tasks, or received a copy;
     * refused (and audited) otherwise.
     */
    CaseHistory history(String processInstanceId);

    /**
     * The case's process diagram as SVG, with the steps open now and those done marked; for the same people as
     * {@link #history}.
     */
    String diagram(String processInstanceId);
}

package org.tongban.purchasedservice.internal;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.Delivery.AcceptanceDraft;

/**
 * 《政府采购法实施条例》第45条: the acceptance of a public service invites the service users. An acceptance without a
 * survey of them or their representatives is refused, as is a survey whose numbers do not add up.
 */
final class AcceptanceRules {

    private static final String PREFIX = "purchasedservice.error.";
    private static final int NAMES_MAX = 500;
    private static final int OPINION_MAX = 1000;
    private static final int FINDINGS_MAX = 2000;

    private AcceptanceRules() {
    }

    static Checked check(AcceptanceDraft draft) {
        if (draft == null) {
            throw BusinessException.invalid(PREFIX + "acceptance-required");
        }
        boolean survey = draft.surveySample() != null || draft.surveyResponses() != null
                || draft.surveySatisfied() != null;
        String representatives = ProjectRules.text(draft.representatives(), "representatives", NAMES_MAX, false);
        if (!survey && representatives == null) {
            throw BusinessException.invalid(PREFIX + "acceptance-no-service-users");
        }
        if (survey) {
            Integer sample = draft.surveySample();
            Integer responses = draft.surveyResponses();
            Integer satisfied = draft.surveySatisfied();
            if (sample == null || responses == null || satisfied == null || sample < 1 || responses < 1
                    || responses > sample || satisfied < 0 || satisfied > responses) {
                throw BusinessException.invalid(PREFIX + "acceptance-survey");
            }
        }
        String opinion = ProjectRules.text(draft.userOpinion(), "user-opinion", OPINION_MAX, representatives != null);
        if (draft.passed() == null) {
            throw BusinessException.invalid(PREFIX + "acceptance-result-required");
        }
        String findings = ProjectRules.text(draft.findings(), "findings", FINDINGS_MAX, true);
        return new Checked(new ServiceUsers(survey ? draft.surveySample() : null,
                survey ? draft.surveyResponses() : null, survey ? draft.surveySatisfied() : null, representatives,
                opinion), draft.passed(), findings);
    }

    /** How the service users took part: a survey's numbers, representatives by name, their opinion. */
    record ServiceUsers(Integer sample, Integer responses, Integer satisfied, String representatives,
                        String opinion) {
    }

    record Checked(ServiceUsers users, boolean passed, String findings) {
    }
}

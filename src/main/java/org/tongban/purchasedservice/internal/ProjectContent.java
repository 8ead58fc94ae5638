package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;

import org.tongban.purchasedservice.Circumstance;

/** What a project says, once it passed {@link ProjectRules}: trimmed, amounts parsed, the budget line resolved. */
record ProjectContent(String title, String need, String targetGroup, String content, String outputs,
                      String outcomes, BigDecimal budgetAmount, BudgetLine budgetLine, int durationMonths,
                      Circumstance circumstance, String justification, boolean publicCommitment) {
}

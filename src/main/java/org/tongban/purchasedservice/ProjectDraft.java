package org.tongban.purchasedservice;

/**
 * 立项 as the project manager enters it. Amounts and months come as text, so that "五万" gets a Chinese answer rather
 * than a parser error.
 *
 * @param budgetAmount   yuan, at most two decimals
 * @param budgetLineCode the department's budget line it is to be paid from
 * @param justification  required for every circumstance but NONE
 * @param publicCommitment a public-commitment project (公开承诺项目): reviewed in public every six months
 * @param proposalId     the work-access proposal it answers, or null
 */
public record ProjectDraft(String title, String need, String targetGroup, String content, String outputs,
                           String outcomes, String budgetAmount, String budgetLineCode, String durationMonths,
                           Circumstance circumstance, String justification, boolean publicCommitment,
                           Long proposalId) {
}

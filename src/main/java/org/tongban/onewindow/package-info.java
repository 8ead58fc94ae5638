/**
 * One-window acceptance (一窗受理、后台分办): intake at the counter (any front-desk worker, any catalogued item),
 * acceptance review (受理 / 补正 / 不予受理, with deemed acceptance after the review period), dispatch to the
 * responsible department by a DMN table, department handling and review, conclusion and delivery, and the
 * applicant's rating (好差评) with verification, rectification and call-back for a bad one.
 *
 * <p>The case row holds what residents and staff search and what must outlive the process (applicant, materials,
 * notices, dates, rating); the BPMN process {@code OneWindowAcceptance} holds the flow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "One window")
package org.tongban.onewindow;

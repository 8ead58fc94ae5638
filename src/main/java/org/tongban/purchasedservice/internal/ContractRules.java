package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ProviderSelection.ContractDraft;
import org.tongban.purchasedservice.ProviderSelection.MilestoneDraft;

/**
 * The rules a contract must meet (财政部令第102号: a term of normally one year, at most three; payment follows the
 * contract and its performance), checked before anything is written, the first broken one refused with its message.
 */
final class ContractRules {

    private static final String PREFIX = "purchasedservice.error.";
    private static final int NAME_MAX = 100;
    private static final int DELIVERABLE_MAX = 500;

    private ContractRules() {
    }

    static Checked check(ContractDraft draft, BigDecimal bidPrice, LocalDate today, int maxMonths, int maxMilestones,
                         int targetsMax) {
        LocalDate signedOn = draft.signedOn();
        if (signedOn == null) {
            throw BusinessException.invalid(PREFIX + "signed-on-required");
        }
        if (signedOn.isAfter(today)) {
            throw BusinessException.invalid(PREFIX + "signed-on-future");
        }
        LocalDate startOn = draft.startOn();
        if (startOn == null) {
            throw BusinessException.invalid(PREFIX + "start-on-required");
        }
        if (startOn.isBefore(signedOn)) {
            throw BusinessException.invalid(PREFIX + "start-before-signing");
        }
        int months = months(draft.termMonths(), maxMonths);
        LocalDate endOn = startOn.plusMonths(months).minusDays(1);
        BigDecimal amount = ProjectRules.amount(draft.amount(), "contract-amount");
        if (amount.compareTo(bidPrice) > 0) {
            throw BusinessException.invalid(PREFIX + "contract-over-bid", bidPrice.toPlainString());
        }
        String template = ProjectRules.clean(draft.templateCode());
        if (template == null) {
            throw BusinessException.invalid(PREFIX + "template-required");
        }
        String targets = ProjectRules.text(draft.targets(), "targets", targetsMax, true);
        return new Checked(signedOn, startOn, months, amount, template, targets,
                milestones(draft.milestones(), startOn, endOn, maxMilestones));
    }

    private static int months(String text, int max) {
        String typed = ProjectRules.clean(text);
        if (typed == null) {
            throw BusinessException.invalid(PREFIX + "term-required");
        }
        int months;
        try {
            months = Integer.parseInt(typed);
        } catch (NumberFormatException notANumber) {
            throw BusinessException.invalid(PREFIX + "term-not-number", typed);
        }
        if (months < 1 || months > max) {
            throw BusinessException.invalid(PREFIX + "term-range", max);
        }
        return months;
    }

    /** One to {@code max} milestones within the term, in date order, whose shares sum to 100. */
    private static List<CheckedMilestone> milestones(List<MilestoneDraft> given, LocalDate startOn, LocalDate endOn,
                                                     int max) {
        if (given.isEmpty()) {
            throw BusinessException.invalid(PREFIX + "milestones-required");
        }
        if (given.size() > max) {
            throw BusinessException.invalid(PREFIX + "milestones-too-many", max);
        }
        List<CheckedMilestone> checked = new ArrayList<>();
        int sum = 0;
        LocalDate previous = startOn;
        for (MilestoneDraft milestone : given) {
            String name = ProjectRules.line(milestone == null ? null : milestone.name(), "milestone-name", NAME_MAX);
            String deliverable = ProjectRules.text(milestone.deliverable(), "milestone-deliverable", DELIVERABLE_MAX,
                    true);
            LocalDate due = milestone.dueOn();
            if (due == null || due.isBefore(startOn) || due.isAfter(endOn)) {
                throw BusinessException.invalid(PREFIX + "milestone-due", name, startOn.toString(), endOn.toString());
            }
            if (due.isBefore(previous)) {
                throw BusinessException.invalid(PREFIX + "milestones-order", name);
            }
            previous = due;
            Integer percent = milestone.paymentPercent();
            if (percent == null || percent < 0 || percent > 100) {
                throw BusinessException.invalid(PREFIX + "milestone-percent", name);
            }
            sum += percent;
            checked.add(new CheckedMilestone(name, deliverable, due, percent));
        }
        if (sum != 100) {
            throw BusinessException.invalid(PREFIX + "milestones-sum", sum);
        }
        return List.copyOf(checked);
    }

    record Checked(LocalDate signedOn, LocalDate startOn, int termMonths, BigDecimal amount, String templateCode,
                   String targets, List<CheckedMilestone> milestones) {
    }

    record CheckedMilestone(String name, String deliverable, LocalDate dueOn, int percent) {
    }
}

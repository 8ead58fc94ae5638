package org.tongban.purchasedservice;

import java.time.LocalDate;

import org.tongban.base.BusinessException;

/**
 * Why a provider may not bid or be awarded a project on a day, with what the refusal names: the provider (its name,
 * or the code asked for when unknown), the last day of its blacklist term, or the qualification that expired and
 * when.
 */
public record ProviderIneligibility(Reason reason, String provider, LocalDate until, String qualification) {

    /** The first of these that holds is the reason given. */
    public enum Reason {
        /** Not on the register. */
        UNKNOWN,
        /** Taken out of use, or its organisation unit deactivated. */
        INACTIVE,
        /** On the blacklist that day; {@code until} is the term's last day. */
        BLACKLISTED,
        /** A qualification on the register ran out before that day; {@code until} is its last valid day. */
        QUALIFICATION_EXPIRED
    }

    public String messageKey() {
        return "purchasedservice.provider.ineligible." + reason.name();
    }

    public Object[] arguments() {
        return new Object[] {provider, until == null ? "" : until.toString(),
                qualification == null ? "" : qualification};
    }

    /** The refusal a bid or an award ends in. */
    public BusinessException toRefusal() {
        return BusinessException.conflict(messageKey(), arguments());
    }
}

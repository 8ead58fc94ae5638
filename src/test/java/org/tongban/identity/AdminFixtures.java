package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.function.Executable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;

/**
 * Shared by the administration tests: names that no other test (or earlier run on the same MariaDB) uses, a staff
 * member to work on, and refusals read as the Chinese text a user would see.
 */
@Component
public class AdminFixtures {

    public static final String PASSWORD = "Start2026ok";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Messages messages;
    private final StaffAdministration staff;

    AdminFixtures(Messages messages, StaffAdministration staff) {
        this.messages = messages;
        this.staff = staff;
    }

    /** A user name matching the rules, e.g. {@code t3k9x2}. */
    public static String username(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A unit code matching the rules, e.g. {@code T3K9X2}. */
    public static String unitCode(String prefix) {
        String code = username(prefix.toLowerCase(Locale.ROOT)).toUpperCase(Locale.ROOT);
        return code.substring(0, Math.min(20, code.length()));
    }

    /** A role code matching the rules. */
    public static String roleCode(String prefix) {
        return username(prefix);
    }

    /**
     * Creates a front-desk worker in 桃源村 (CM004), where no demo login works, so tests of other modules that look
     * at the demo communities' groups do not see it. Runs as the signed-in administrator.
     */
    public StaffAdministration.StaffDetails frontDeskWorker(String prefix) {
        return staff.create(new StaffAdministration.NewStaff(username(prefix), "测试人员", "13912345678", PASSWORD, false,
                List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK))));
    }

    /** Creates an administrator at the county as the signed-in administrator. */
    public StaffAdministration.StaffDetails administrator(String prefix) {
        return staff.create(new StaffAdministration.NewStaff(username(prefix), "测试管理员", null, PASSWORD, false,
                List.of(new StaffAdministration.UnitRole("YX", Roles.ADMIN))));
    }

    /** Runs work that must be refused, and returns the refusal as a Chinese user reads it. */
    public String refusal(Executable work) {
        BusinessException refusal = assertThrows(BusinessException.class, work);
        String text = messages.describe(refusal, Messages.DEFAULT_LOCALE);
        assertThat(text).as("message for %s is translated", refusal.messageKey()).isNotEqualTo(refusal.messageKey());
        return text;
    }

    /** The same refusal for an English-speaking user, whose requests carry English as their locale. */
    public String englishRefusal(Executable work) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            BusinessException refusal = assertThrows(BusinessException.class, work);
            return messages.describe(refusal, Locale.ENGLISH);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}

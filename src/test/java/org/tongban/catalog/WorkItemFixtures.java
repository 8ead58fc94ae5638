package org.tongban.catalog;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.tongban.catalog.WorkItemListAdministration.WorkItemDraft;

/**
 * Work-item codes of the tests' own (WI-D900…WI-N999: the seeded list stops at two digits) and a valid draft to vary
 * one field of. Tests date their entries in 2001 unless they need today, so that the list in force now, which other
 * modules read, stays the seeded one.
 */
public final class WorkItemFixtures {

    /** The first day of the tests' own entries. */
    public static final LocalDate START = LocalDate.of(2001, 1, 1);

    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private WorkItemFixtures() {
    }

    /** A code of {@code kind} that no entry has, nor any other test of this run (or of an earlier run on MariaDB). */
    public static String freeCode(WorkItemKind kind, WorkItemList list) {
        char letter = kind.name().charAt(0); // D, A, N
        int start = ThreadLocalRandom.current().nextInt(100);
        for (int offset = 0; offset < 100; offset++) {
            String code = "WI-" + letter + (900 + (start + offset) % 100);
            if (list.history(code).isEmpty() && HANDED_OUT.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free test code WI-" + letter + "9xx left: recreate the test database");
    }

    /** A mutable draft: tests change one thing and build. */
    public static final class Draft {
        public String code;
        public WorkItemKind kind;
        public String nameZh = "测试：协助开展社区测试工作";
        public String nameEn = "Test: assist community test work";
        public String departments = "民政局;残联";
        public String legalBasis = "测试依据第一条";
        public String fundingConditions = "由民政局提供测试经费";
        public String source = "测试来源";
        /** Only the negative list carries keywords; words no real request would contain. */
        public String keywords;
        public LocalDate effectiveFrom = START;

        Draft(String code, WorkItemKind kind) {
            this.code = code;
            this.kind = kind;
            if (kind != WorkItemKind.ASSIST) {
                fundingConditions = null;
            }
            if (kind == WorkItemKind.NEGATIVE) {
                keywords = "样例甲、样例乙";
            }
        }

        public WorkItemDraft build() {
            return new WorkItemDraft(code, kind, nameZh, nameEn, departments, legalBasis, fundingConditions, source,
                    keywords, effectiveFrom);
        }
    }

    public static Draft draft(WorkItemKind kind, WorkItemList list) {
        return new Draft(freeCode(kind, list), kind);
    }
}

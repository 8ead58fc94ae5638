package org.tongban.catalog;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.tongban.catalog.CertificateListAdministration.CertificateDraft;

/**
 * Certificate codes of the tests' own (CE-100…CE-999: the seeded lists stop at CE-037) and a valid draft of either
 * listing to vary one field of. Tests date their entries in 2001 unless they need today, so that the lists in force
 * now, which other modules read, stay the seeded ones.
 */
public final class CertificateFixtures {

    /** The first day of the tests' own entries. */
    public static final LocalDate START = LocalDate.of(2001, 1, 1);
    public static final String TEMPLATE = "兹证明{持证人}(公民身份号码:{公民身份号码})参加测试。经{社区}核实:{核实情况}。\n本证明仅用于{用途}。";

    private static final int OWN_CODES = 900;
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private CertificateFixtures() {
    }

    /** A code that no entry has, nor any other test of this run (or of an earlier run on MariaDB). */
    public static String freeCode(CertificateList list) {
        int start = ThreadLocalRandom.current().nextInt(OWN_CODES);
        for (int offset = 0; offset < OWN_CODES; offset++) {
            String code = "CE-" + (100 + (start + offset) % OWN_CODES);
            if (list.history(code).isEmpty() && HANDED_OUT.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free test code CE-100…CE-999 left: recreate the test database");
    }

    /** A mutable draft: tests change one thing and build. Names and aliases no real request would contain. */
    public static final class Draft {
        public String code;
        public CertificateListing listing;
        public String nameZh;
        public String nameEn;
        public String aliases;
        public String basisOrReason;
        public String referTo;
        public CertificateReplacement replacement;
        public String requiredEvidence;
        public String factsChecked;
        public boolean homeVisit;
        public String template;
        public Integer validityDays;
        public String signerRole;
        public String source = "测试来源";
        public LocalDate effectiveFrom = START;

        Draft(String code, CertificateListing listing) {
            this.code = code;
            this.listing = listing;
            if (listing == CertificateListing.ISSUED) {
                nameZh = "测试：样例甲出具证明";
                nameEn = "Test: sample certificate";
                aliases = "样例甲证明、样例甲单";
                basisOrReason = "测试依据第一条";
                replacement = CertificateReplacement.NONE;
                requiredEvidence = "居民身份证;测试材料";
                factsChecked = "测试事实";
                homeVisit = true;
                template = TEMPLATE;
                validityDays = 90;
                signerRole = "director";
            } else {
                nameZh = "测试：样例乙不予出具证明";
                nameEn = "Test: sample refused certificate";
                aliases = "样例乙证明";
                basisOrReason = "测试：不予出具的原因";
                referTo = "测试局（依职责出具）";
                replacement = CertificateReplacement.NONE;
            }
        }

        public CertificateDraft build() {
            return new CertificateDraft(code, listing, nameZh, nameEn, aliases, basisOrReason, referTo, replacement,
                    requiredEvidence, factsChecked, homeVisit, template, validityDays, signerRole, source,
                    effectiveFrom);
        }
    }

    public static Draft draft(CertificateListing listing, CertificateList list) {
        return new Draft(freeCode(list), listing);
    }

    /** A draft that repeats {@code type}, to change one field of it. */
    public static Draft draft(CertificateType type) {
        CertificateDraft same = CertificateDraft.of(type);
        Draft draft = new Draft(same.code(), same.listing());
        draft.nameZh = same.nameZh();
        draft.nameEn = same.nameEn();
        draft.aliases = same.aliases();
        draft.basisOrReason = same.basisOrReason();
        draft.referTo = same.referTo();
        draft.replacement = same.replacement();
        draft.requiredEvidence = same.requiredEvidence();
        draft.factsChecked = same.factsChecked();
        draft.homeVisit = same.homeVisit();
        draft.template = same.template();
        draft.validityDays = same.validityDays();
        draft.signerRole = same.signerRole();
        draft.source = same.source();
        draft.effectiveFrom = same.effectiveFrom();
        return draft;
    }
}

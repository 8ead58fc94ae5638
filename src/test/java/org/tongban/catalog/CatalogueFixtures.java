package org.tongban.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemDraft;
import org.tongban.catalog.ServiceItem.Material;
import org.tongban.catalog.ServiceItem.MaterialForm;

/** Item codes no other test (or earlier run on the same MariaDB) uses, and a valid draft to vary one field of. */
public final class CatalogueFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CatalogueFixtures() {
    }

    /**
     * e.g. {@code SI-9004817263}: "SI-9" and more digits than the seeded items, so a test never takes a seeded code
     * and a filter for a seeded code (SI-0…) never finds a test item.
     */
    public static String itemCode() {
        return "SI-9" + String.format("%03d%06d", SEQUENCE.incrementAndGet() % 1000,
                ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** A mutable draft: tests change one thing and build. */
    public static final class Draft {
        public String name = "测试补贴申请";
        public String departmentCode = "DP-MZ";
        public Integer legalDays = 20;
        public Integer promisedDays = 10;
        public Set<Channel> channels = EnumSet.of(Channel.COUNTER, Channel.ONLINE);
        public List<Material> materials = new ArrayList<>(List.of(
                new Material(null, "居民身份证", MaterialForm.ORIGINAL_AND_COPY, 1, true, null),
                new Material(null, "申请表", MaterialForm.ORIGINAL, 1, true, "可在窗口现场填写")));
        public List<String> countersign = new ArrayList<>(List.of("DP-CL"));
        public boolean twoLevelReview = true;
        public Integer siteVisitDays = 0;
        public String legalBasis = "测试依据";

        public ServiceItemDraft build() {
            return new ServiceItemDraft(name, departmentCode, legalDays, promisedDays, channels, materials, countersign,
                    twoLevelReview, siteVisitDays, legalBasis);
        }
    }

    public static Draft draft() {
        return new Draft();
    }
}

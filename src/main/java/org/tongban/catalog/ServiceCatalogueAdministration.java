package org.tongban.catalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.tongban.identity.OrgUnitSummary;

/**
 * 事项目录维护 — administrators maintain the service items every channel offers. Items are never deleted (cases will
 * refer to them): they are deactivated, and can be activated again.
 *
 * <p>Changes take the version the caller last saw and are refused with a conflict when someone else changed the item
 * in between. Refusals are {@link org.tongban.base.BusinessException}s with a {@code catalog.error.*} message key;
 * a refused change writes nothing.
 */
public interface ServiceCatalogueAdministration {

    /** Items whose code, name or department name contains {@code filter} (all when blank), active or not, by code. */
    List<ServiceItemEntry> list(String filter);

    ServiceItemEntry get(String code);

    /** {@code code}: {@code SI-} and at least three digits, unique; it cannot change later. */
    ServiceItemEntry create(String code, ServiceItemDraft draft);

    /** Replaces everything but the code and the status; materials keep their codes (null for a new material). */
    ServiceItemEntry update(String code, ServiceItemDraft draft, long expectedVersion);

    ServiceItemEntry deactivate(String code, long expectedVersion);

    /** Refused while the responsible department is inactive. */
    ServiceItemEntry activate(String code, long expectedVersion);

    /** The departments an item may name, responsible or countersigning: active department units, by code. */
    List<OrgUnitSummary> departments();

    /**
     * An item's content as an administrator enters it. Materials are in display order; a material's code is null
     * until the item is saved. {@code siteVisitDays} null means none.
     */
    record ServiceItemDraft(String name, String departmentCode, Integer legalDays, Integer promisedDays,
                            Set<Channel> channels, List<ServiceItem.Material> materials,
                            List<String> countersignDepartments, boolean twoLevelReview, Integer siteVisitDays,
                            String legalBasis) {

        /** The draft that leaves {@code item} as it is. */
        public static ServiceItemDraft of(ServiceItem item) {
            return new ServiceItemDraft(item.name(), item.departmentCode(), item.legalDays(), item.promisedDays(),
                    item.channels(), item.materials(), item.countersignDepartments(), item.twoLevelReview(),
                    item.siteVisitDays(), item.legalBasis());
        }
    }

    /** An item as the administration screen shows it, with who changed it last and the version to change it with. */
    record ServiceItemEntry(ServiceItem item, String departmentName, String changedBy, LocalDateTime changedAt,
                            long version) {

        public String code() {
            return item.code();
        }
    }
}

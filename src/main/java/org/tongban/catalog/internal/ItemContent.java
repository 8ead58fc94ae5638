package org.tongban.catalog.internal;

import java.util.List;
import java.util.Set;

import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceItem;

/** A draft that passed {@link ServiceItemRules}: trimmed, complete, consistent. Material codes may still be null. */
record ItemContent(String name, String departmentCode, Integer legalDays, int promisedDays, Set<Channel> channels,
                   List<ServiceItem.Material> materials, List<String> countersignDepartments, boolean twoLevelReview,
                   int siteVisitDays, String legalBasis) {
}

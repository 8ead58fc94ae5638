package org.tongban.catalog;

import java.util.List;
import java.util.Optional;

/**
 * 事项目录 — the catalogue every channel reads: the same item has the same materials and time limit at the counter,
 * online, on behalf and at a home visit.
 */
public interface ServiceCatalogue {

    /** Active items, ordered by code. */
    List<ServiceItem> activeItems();

    /** Active items that may be applied for through {@code channel}, ordered by code. */
    List<ServiceItem> activeItems(Channel channel);

    /** An item by code, active or not (cases keep pointing at items that were retired later). */
    Optional<ServiceItem> find(String code);
}

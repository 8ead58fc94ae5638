package org.tongban.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;

/** Open to every caller, signed in or not: processes and the REST API read the catalogue too. */
@Service
@Transactional(readOnly = true)
class JpaServiceCatalogue implements ServiceCatalogue {

    private final CatalogueItems items;

    JpaServiceCatalogue(CatalogueItems items) {
        this.items = items;
    }

    @Override
    public List<ServiceItem> activeItems() {
        return items.findByActiveTrueOrderByCode().stream().map(CatalogueItem::toServiceItem).toList();
    }

    @Override
    public List<ServiceItem> activeItems(Channel channel) {
        // A handful of items: filtering the loaded list beats matching inside the comma-separated column.
        return items.findByActiveTrueOrderByCode().stream()
                .filter(item -> item.channels().contains(channel))
                .map(CatalogueItem::toServiceItem)
                .toList();
    }

    @Override
    public Optional<ServiceItem> find(String code) {
        return code == null ? Optional.empty() : items.findByCode(code.strip()).map(CatalogueItem::toServiceItem);
    }
}

package org.tongban.catalog.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.tongban.catalog.Channel;

/** Texts the catalogue screens share. */
final class CatalogUi {

    private CatalogUi() {
    }

    /** Channels in their fixed order, e.g. 窗口办理、网上办理. */
    static String channels(Component owner, Collection<Channel> channels) {
        return channels.stream().sorted().map(channel -> owner.getTranslation(channel.messageKey()))
                .collect(Collectors.joining(owner.getTranslation("common.list-separator")));
    }

    /** Promised days as a counter worker says them: 即办 for 0. */
    static String promisedDays(Component owner, int days) {
        return days == 0 ? owner.getTranslation("catalog.items.same-day") : Integer.toString(days);
    }

    static String legalDays(Component owner, Integer days) {
        return days == null ? owner.getTranslation("catalog.items.no-legal-days") : Integer.toString(days);
    }

    /** The page title: the screen's name, then the application's. */
    static String title(Component owner, String titleKey) {
        return owner.getTranslation(titleKey) + " · " + owner.getTranslation("app.title");
    }
}

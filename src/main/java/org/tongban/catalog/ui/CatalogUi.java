package org.tongban.catalog.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

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

    /** A certificate's validity as a counter worker says it: 长期有效 for 0. */
    static String validity(Component owner, int days) {
        return days == 0 ? owner.getTranslation("catalog.certificates.validity-unlimited")
                : owner.getTranslation("catalog.certificates.validity-days", days);
    }

    static String legalDays(Component owner, Integer days) {
        return days == null ? owner.getTranslation("catalog.items.no-legal-days") : Integer.toString(days);
    }

    /**
     * A small coloured label, e.g. 负面清单 in red. {@code colour}: a Lumo colour name (success, primary, error). Lumo's
     * badge styles are not loaded without an application theme, so the colours come from Lumo's colour properties
     * directly.
     */
    static Span badge(String text, String colour) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + colour);
        badge.getStyle().set("color", "var(--lumo-" + colour + "-text-color)")
                .set("background-color", "var(--lumo-" + colour + "-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0.2em 0.5em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        return badge;
    }

    /** The page title: the screen's name, then the application's. */
    static String title(Component owner, String titleKey) {
        return owner.getTranslation(titleKey) + " · " + owner.getTranslation("app.title");
    }
}

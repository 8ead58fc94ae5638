package org.tongban.base.ui;

import java.util.Map;

/**
 * Contributes counts shown next to menu entries (e.g. open tasks). Keys are route paths as in
 * {@link com.vaadin.flow.server.menu.MenuEntry#path()}. Called on every navigation, so keep it to counting queries.
 */
public interface MenuBadges {

    Map<String, Long> countsForCurrentUser();
}

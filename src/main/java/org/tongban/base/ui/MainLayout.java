package org.tongban.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every signed-in screen: the side menu lists only the views the user's roles may open (Vaadin's
 * menu registry applies the views' access annotations), with counts from {@link MenuBadges}; the header names the
 * user, organisation and role, and offers the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Routes under this prefix are grouped as administration in the menu. */
    static final String ADMIN_PREFIX = "admin/";

    private final transient List<MenuBadges> badgeSources;
    private final transient AuthenticationContext authentication;
    private final SideNav workMenu = new SideNav();
    private final SideNav adminMenu = new SideNav();
    private final java.util.Map<String, SideNavItem> itemsByPath = new java.util.HashMap<>();

    public MainLayout(List<MenuBadges> badgeSources, SignedInUserInfo userInfo, AuthenticationContext authentication) {
        this.badgeSources = badgeSources;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), header(userInfo));
        addToDrawer(menu());
    }

    private Component title() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return title;
    }

    private Component header(SignedInUserInfo userInfo) {
        Locale locale = getLocale();
        SignedInUserInfo.Summary user = userInfo.current(locale);
        Span who = new Span(user.displayName());
        who.getStyle().set("font-weight", "600");
        who.setId("signed-in-user");
        Span where = new Span(user.organisation() + " · " + user.role());
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        Locale other = Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? UiLocales.SUPPORTED.get(0) : Locale.ENGLISH;
        Button language = new Button(getTranslation("header.switch-language"), new Icon(VaadinIcon.GLOBE),
                click -> UiLocales.switchTo(other));
        language.setId("switch-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button logout = new Button(getTranslation("header.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(who, where, language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private Component menu() {
        adminMenu.setLabel(getTranslation("menu.group.admin"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            itemsByPath.put(entry.path(), item);
            (isAdministration(entry) ? adminMenu : workMenu).addItem(item);
        }
        VerticalLayout drawer = new VerticalLayout(workMenu);
        if (!adminMenu.getItems().isEmpty()) {
            drawer.add(adminMenu);
        }
        drawer.setPadding(true);
        return drawer;
    }

    /** Menu entry paths come with a leading slash ("/admin/staff"). */
    static boolean isAdministration(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return path.startsWith(ADMIN_PREFIX);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        for (MenuBadges source : badgeSources) {
            for (Map.Entry<String, Long> count : source.countsForCurrentUser().entrySet()) {
                SideNavItem item = itemsByPath.get(count.getKey());
                if (item != null) {
                    item.setSuffixComponent(badge(count.getValue()));
                }
            }
        }
    }

    private static Component badge(long count) {
        Span badge = new Span(Long.toString(count));
        badge.getElement().getThemeList().add("badge pill small" + (count > 0 ? " primary" : " contrast"));
        return badge;
    }
}

package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

/** What the provider screens' tests look up: controls by id, the side menu's entries. */
final class ProviderScreens {

    private ProviderScreens() {
    }

    static List<String> menu() {
        return _find(SideNav.class).stream().flatMap(nav -> nav.getItems().stream()).map(SideNavItem::getLabel)
                .toList();
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}

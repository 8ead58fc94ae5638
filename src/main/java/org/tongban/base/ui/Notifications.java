package org.tongban.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and refusals in the same place and style on every screen. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 3000;
    private static final int ERROR_MILLIS = 6000;

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

package org.tongban.base.ui;

import java.util.UUID;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;

/**
 * Sets the language of every new UI and turns exceptions from event handlers into readable notifications: a
 * {@link BusinessException} shows its translated message; anything else shows a reference number that matches
 * the server log, and never a stack trace.
 */
@Component
class UiInitialization implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiInitialization.class);

    private final Messages messages;

    UiInitialization(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> {
            VaadinSession session = sessionEvent.getSession();
            session.setLocale(UiLocales.fromRequest(sessionEvent.getRequest()));
            session.setErrorHandler(this::handle);
        });
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(uiEvent.getUI().getSession().getLocale()));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        var locale = VaadinSession.getCurrent() == null ? Messages.DEFAULT_LOCALE : VaadinSession.getCurrent().getLocale();
        BusinessException business = findBusinessException(error);
        if (business != null) {
            Notifications.error(messages.describe(business, locale));
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected UI error, reference {}", reference, error);
        Notifications.error(messages.get(locale, "error.unexpected-with-reference", reference));
    }

    private static BusinessException findBusinessException(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }
}

package org.tongban.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;
import org.tongban.base.Messages;

/** Lets every Vaadin component translate with {@code getTranslation(key)} from the same bundles as the REST API. */
@Component
class MessagesI18NProvider implements I18NProvider {

    private final Messages messages;

    MessagesI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale, key, params);
    }
}

package org.tongban.seal.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.tongban.base.BusinessException;

/** What the seal screens share: refusals as text and next to their field, and seal images. */
final class SealUi {

    static final String PNG = "image/png";

    private SealUi() {
    }

    static String text(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    static void showOn(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** A PNG shown {@code size} wide and high, read when the browser asks for it. */
    static Image image(Supplier<byte[]> png, String fileName, String alt, String size) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] content = png.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, PNG, content.length);
        }), alt);
        image.setWidth(size);
        image.setHeight(size);
        return image;
    }

    /** {@code certificate:CE-031} reads as CE-031: scope lists only hold certificates. */
    static String shortCode(String useCode) {
        return useCode.substring(useCode.indexOf(':') + 1);
    }

    /** The page title: the screen's name, then the application's. */
    static String title(Component owner, String titleKey) {
        return owner.getTranslation(titleKey) + " · " + owner.getTranslation("app.title");
    }
}

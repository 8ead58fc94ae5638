package org.tongban.base.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.tongban.base.BusinessException;

/**
 * Links that fetch a file only when clicked, through the service that checks the signed-in user's scope again: a
 * refusal at that moment answers 403 instead of a file.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A file as the service hands it out. */
    public record File(String fileName, String contentType, byte[] content) {
    }

    /** {@code attachment}: saved by the browser; otherwise opened in a tab (a PDF to print). */
    public static Anchor link(String label, boolean attachment, SerializableSupplier<File> file) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                File stored = file.get();
                return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(),
                        stored.contentType(), stored.content().length);
            } catch (BusinessException refused) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
        Anchor anchor = new Anchor(handler, attachment ? AttachmentType.DOWNLOAD : AttachmentType.INLINE, label);
        if (!attachment) {
            anchor.setTarget("_blank");
        }
        return anchor;
    }

    /** A PDF opened in a new tab, ready to print. */
    public static Anchor pdf(String label, String fileName, SerializableSupplier<byte[]> content) {
        return link(label, false, () -> new File(fileName, "application/pdf", content.get()));
    }
}

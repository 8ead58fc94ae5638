package org.tongban.onewindow.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

import org.tongban.onewindow.Intake;

/** The frame of the residents' pages: no staff menu, the two things a resident does, and a way to staff sign-in. */
abstract class ResidentPage extends VerticalLayout {

    static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    ResidentPage() {
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(getTranslation("onewindow.online.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        HorizontalLayout links = new HorizontalLayout(new Anchor(OnlineApplyView.ROUTE, getTranslation("onewindow.online.apply")),
                new Anchor(OnlineQueryView.ROUTE, getTranslation("onewindow.online.query")),
                // The certificate module's pages for residents (出具证明 and 证明核验), by their routes.
                new Anchor("online/certificate", getTranslation("onewindow.online.certificates")),
                new Anchor("verify", getTranslation("onewindow.online.verify")),
                new Anchor("login", getTranslation("onewindow.online.staff")));
        links.getStyle().set("flex-wrap", "wrap");
        add(title, links);
    }

    /** An upload for one material that adds the file to {@code files} once it arrived. */
    static Upload materialUpload(String id, String materialCode, List<Intake.UploadedFile> files) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId(id);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.addSucceededListener(done -> files.add(new Intake.UploadedFile(materialCode, done.getFileName(),
                read(buffer.getInputStream()))));
        return upload;
    }

    static byte[] read(InputStream in) {
        try (InputStream stream = in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Upload could not be read", e);
        }
    }

    static Div note(String text) {
        Div note = new Div();
        note.setText(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return note;
    }
}

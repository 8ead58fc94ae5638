package org.tongban.workaccess.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import org.tongban.base.ui.Notifications;
import org.tongban.workaccess.Attachment;

/**
 * Attachments kept in memory until the form is sent: PDF, JPG or PNG up to the size the services accept. The browser
 * filters by name and size for convenience; the service checks the content again, so nothing here is trusted.
 */
class AttachmentUpload extends Upload {

    // Filled by the upload request, read by the UI thread on submit.
    private final List<Attachment> files = new CopyOnWriteArrayList<>();

    AttachmentUpload(String id) {
        setId(id);
        setUploadHandler(UploadHandler.inMemory(
                (metadata, content) -> files.add(new Attachment(metadata.fileName(), content))));
        setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        setMaxFileSize(WorkAccessUi.MAX_UPLOAD_MB * 1024 * 1024);
        setWidthFull();
        String rejected = getTranslation("workaccess.ui.upload.rejected", WorkAccessUi.MAX_UPLOAD_MB);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("workaccess.ui.upload.add"))
                .setMany(getTranslation("workaccess.ui.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("workaccess.ui.upload.drop"))
                .setMany(getTranslation("workaccess.ui.upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        setI18n(texts);
        addFileRejectedListener(refused -> Notifications.error(refused.getErrorMessage()));
        addFileRemovedListener(removed -> files.stream().filter(file -> file.fileName().equals(removed.getFileName()))
                .findFirst().ifPresent(files::remove));
    }

    List<Attachment> attachments() {
        return List.copyOf(files);
    }

    void reset() {
        files.clear();
        clearFileList();
    }
}

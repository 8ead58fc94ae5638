package org.tongban.base.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Files kept in memory until the form is sent: PDF, JPG or PNG up to the size the services accept. The browser
 * filters by name and size for convenience; the services check the content again, so nothing here is trusted.
 */
public class MemoryUpload extends Upload {

    /** One uploaded file as the browser named it. */
    public record File(String fileName, byte[] content) {
    }

    // Filled by the upload request, read by the UI thread on submit.
    private final List<File> files = new CopyOnWriteArrayList<>();

    public MemoryUpload(String id, int maxMegabytes) {
        setId(id);
        setUploadHandler(UploadHandler.inMemory(
                (metadata, content) -> files.add(new File(metadata.fileName(), content))));
        setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        setMaxFileSize(maxMegabytes * 1024 * 1024);
        setWidthFull();
        String rejected = getTranslation("upload.rejected", maxMegabytes);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add"))
                .setMany(getTranslation("upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        setI18n(texts);
        addFileRejectedListener(refused -> Notifications.error(refused.getErrorMessage()));
        addFileRemovedListener(removed -> files.stream().filter(file -> file.fileName().equals(removed.getFileName()))
                .findFirst().ifPresent(files::remove));
    }

    public List<File> files() {
        return List.copyOf(files);
    }

    public void reset() {
        files.clear();
        clearFileList();
    }
}

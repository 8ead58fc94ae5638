package org.tongban.workaccess.ui;

import java.util.List;

import org.tongban.base.ui.MemoryUpload;
import org.tongban.workaccess.Attachment;

/** A request's or a dispatch's attachments, kept in memory until the form is sent. */
class AttachmentUpload extends MemoryUpload {

    AttachmentUpload(String id) {
        super(id, WorkAccessUi.MAX_UPLOAD_MB);
    }

    List<Attachment> attachments() {
        return files().stream().map(file -> new Attachment(file.fileName(), file.content())).toList();
    }
}

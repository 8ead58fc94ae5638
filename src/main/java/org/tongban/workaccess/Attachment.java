package org.tongban.workaccess;

/** A file as uploaded: its name (shown, never trusted) and its bytes (typed by content, not by name). */
public record Attachment(String fileName, byte[] content) {
}

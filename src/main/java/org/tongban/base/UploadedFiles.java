package org.tongban.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;


/**
 * Checks an uploaded file (a resident's material, a department's attachment) before it is stored: the type is decided by the first bytes (PDF, JPEG, PNG —
 * what scanners and phones produce), never by the name; anything else, executables included, is refused, so nothing
 * stored can be run or rendered as a page.
 */
public final class UploadedFiles {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[][] EXECUTABLES = {{'M', 'Z'}, {0x7F, 'E', 'L', 'F'}, {'#', '!'},
            {'P', 'K', 0x03, 0x04}, {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}};
    private static final int MAX_NAME_LENGTH = 200;

    private UploadedFiles() {
    }

    /** The sniffed content type; refuses empty, oversized, executable and unknown content with a Chinese message. */
    public static String contentType(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("error.file-empty", safeName(fileName));
        }
        if (content.length > maxBytes) {
            throw BusinessException.invalid("error.file-too-large", safeName(fileName), maxBytes / (1024 * 1024));
        }
        for (byte[] executable : EXECUTABLES) {
            if (startsWith(content, executable)) {
                throw BusinessException.invalid("error.file-executable", safeName(fileName));
            }
        }
        return sniff(content).orElseThrow(() -> BusinessException.invalid("error.file-type", safeName(fileName)));
    }

    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The last path segment without control characters, at most 200 characters: names are shown, never trusted. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package org.tongban.seal.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.tongban.base.BusinessException;
import org.tongban.base.UploadedFiles;
import org.tongban.seal.SealAdministration;

/**
 * What a seal, a scope change and a use must meet, checked before anything is written. The first broken rule is
 * refused with its own {@code seal.error.*} message.
 */
final class SealRules {

    static final int REFERENCE_MAX = 100;
    /** Smaller scans print blurred at 42 mm; larger ones are not scans of a seal. */
    static final int IMAGE_MIN_PIXELS = 200;
    static final int IMAGE_MAX_PIXELS = 3000;
    /** Round seals are scanned square; a little cropping either way is fine. */
    static final double IMAGE_MAX_ASPECT = 1.2;
    /** A corner this opaque (of 255) is background that was not made transparent. */
    private static final int OPAQUE_CORNER = 32;
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    private SealRules() {
    }

    /** Trims, and turns blank into null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The inscription: one line of at most {@value SealAdministration#NAME_MAX} characters. */
    static String name(String value) {
        String name = clean(value);
        if (name == null) {
            throw BusinessException.invalid("seal.error.name-required");
        }
        if (name.length() > SealAdministration.NAME_MAX) {
            throw BusinessException.invalid("seal.error.name-too-long", SealAdministration.NAME_MAX);
        }
        if (CONTROL_CHARACTERS.matcher(name).find()) {
            throw BusinessException.invalid("seal.error.name-control-characters");
        }
        return name;
    }

    static String reason(String value) {
        String reason = clean(value);
        if (reason == null) {
            throw BusinessException.invalid("seal.error.reason-required");
        }
        if (reason.length() > SealAdministration.REASON_MAX) {
            throw BusinessException.invalid("seal.error.reason-too-long", SealAdministration.REASON_MAX);
        }
        return reason;
    }

    /** A document's number, e.g. ZM-CM001-2026-0001; null when it is not one (blank, too long, several lines). */
    static String reference(String value) {
        String reference = clean(value);
        return reference == null || reference.length() > REFERENCE_MAX || CONTROL_CHARACTERS.matcher(reference).find()
                ? null : reference;
    }

    /**
     * An uploaded scan: a PNG by its content, at most 2 MB, roughly square, of a sensible size, with a transparent
     * background (a white one would cover the signature it is stamped over). The size is read from the header
     * before the pixels are decoded, so a small file cannot unpack into a huge image.
     */
    static void image(String fileName, byte[] content) {
        String name = UploadedFiles.safeName(fileName);
        String type = UploadedFiles.contentType(name, content, SealAdministration.IMAGE_MAX_BYTES);
        if (!"image/png".equals(type)) {
            throw BusinessException.invalid("seal.error.image-not-png", name);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw BusinessException.invalid("seal.error.image-unreadable", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < IMAGE_MIN_PIXELS || Math.max(width, height) > IMAGE_MAX_PIXELS) {
                    throw BusinessException.invalid("seal.error.image-size", name, width, height, IMAGE_MIN_PIXELS,
                            IMAGE_MAX_PIXELS);
                }
                if ((double) Math.max(width, height) / Math.min(width, height) > IMAGE_MAX_ASPECT) {
                    throw BusinessException.invalid("seal.error.image-not-square", name, width, height);
                }
                if (!transparentCorners(reader.read(0))) {
                    throw BusinessException.invalid("seal.error.image-not-transparent", name);
                }
            } finally {
                reader.dispose();
            }
        } catch (BusinessException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException corrupt) {
            throw BusinessException.invalid("seal.error.image-unreadable", name);
        }
    }

    private static boolean transparentCorners(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int right = image.getWidth() - 1;
        int bottom = image.getHeight() - 1;
        for (int[] corner : new int[][]{{0, 0}, {right, 0}, {0, bottom}, {right, bottom}}) {
            if (image.getRGB(corner[0], corner[1]) >>> 24 >= OPAQUE_CORNER) {
                return false;
            }
        }
        return true;
    }
}

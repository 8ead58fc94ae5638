package org.tongban.base.pdf;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Images as PDF streams, encoded once: a community seal goes on every certificate it issues, and decoding its PNG and
 * compressing it again for the PDF cost more than setting the whole page. The compressed streams of the image and of
 * its transparency (soft mask) are kept by the PNG's hash and copied into each document as they are. A few dozen
 * entries at most are kept (one per seal in use); the oldest goes first.
 */
final class EncodedImages {

    private static final int MAX_ENTRIES = 64;

    private final Map<String, Encoded> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Encoded> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The image in {@code document}, from the PNG (or JPEG) bytes. */
    PDImageXObject image(PDDocument document, byte[] picture) throws IOException {
        String key = sha256(picture);
        Encoded encoded;
        synchronized (cache) {
            encoded = cache.get(key);
        }
        if (encoded == null) {
            encoded = encode(picture);
            synchronized (cache) {
                cache.put(key, encoded);
            }
        }
        return new PDImageXObject(new PDStream(encoded.copyInto(document)), null);
    }

    /**
     * Decoded to plain 8-bit ARGB first: a palette or an ICC profile would become a stream of its own inside the
     * image's dictionary, which belongs to the scratch document and could not be copied as a value.
     */
    private static Encoded encode(byte[] picture) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture));
        if (decoded == null) {
            throw new IOException("Not an image PDFBox can embed");
        }
        BufferedImage argb = decoded;
        if (decoded.getType() != BufferedImage.TYPE_INT_ARGB) {
            argb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = argb.createGraphics();
            graphics.drawImage(decoded, 0, 0, null);
            graphics.dispose();
        }
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(scratch, argb);
            PDImageXObject mask = image.getSoftMask();
            return new Encoded(Part.of(image.getCOSObject()), mask == null ? null : Part.of(mask.getCOSObject()));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The image's stream and its soft mask's, if it has one. */
    private record Encoded(Part image, Part mask) {

        COSStream copyInto(PDDocument document) throws IOException {
            COSStream stream = image.copyInto(document);
            if (mask != null) {
                stream.setItem(COSName.SMASK, mask.copyInto(document));
            }
            return stream;
        }
    }

    /** One stream as written: its compressed bytes and its dictionary (filter, predictor, size, colour space). */
    private record Part(byte[] raw, COSDictionary dictionary) {

        static Part of(COSStream stream) throws IOException {
            try (InputStream in = stream.createRawInputStream()) {
                COSDictionary dictionary = new COSDictionary();
                for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                    if (!COSName.LENGTH.equals(entry.getKey()) && !COSName.SMASK.equals(entry.getKey())) {
                        dictionary.setItem(entry.getKey(), copy(entry.getValue()));
                    }
                }
                return new Part(in.readAllBytes(), dictionary);
            }
        }

        COSStream copyInto(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                stream.setItem(entry.getKey(), copy(entry.getValue()));
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(raw);
            }
            return stream;
        }

        /**
         * Dictionaries and arrays are copied, so no document shares an object with another; names and numbers are
         * values. A stream inside cannot be copied this way, and {@link #encode} makes sure there is none.
         */
        private static COSBase copy(COSBase value) {
            if (value instanceof COSStream) {
                throw new IllegalStateException("A nested stream in an image dictionary cannot be copied");
            }
            if (value instanceof COSDictionary dictionary) {
                COSDictionary copy = new COSDictionary();
                dictionary.entrySet().forEach(entry -> copy.setItem(entry.getKey(), copy(entry.getValue())));
                return copy;
            }
            if (value instanceof COSArray array) {
                COSArray copy = new COSArray();
                array.forEach(element -> copy.add(copy(element)));
                return copy;
            }
            return value;
        }
    }
}

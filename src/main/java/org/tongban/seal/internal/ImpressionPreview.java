package org.tongban.seal.internal;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * What the screens show of a seal: its impression at {@value #SIZE} px, enough to recognise it and too coarse to
 * print (a 42 mm seal needs some 500 px). The image itself leaves the register only through a use, onto a numbered
 * document: no screen hands out a seal for blank paper.
 */
final class ImpressionPreview {

    static final int SIZE = 200;

    private ImpressionPreview() {
    }

    /** {@code png} scaled down to fit {@value #SIZE} px, transparency kept; PNG. */
    static byte[] of(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            double scale = Math.min(1, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage preview = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = preview.createGraphics();
            try {
                graphics.drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
            } finally {
                graphics.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(preview, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scale a stored seal image", e);
        }
    }
}

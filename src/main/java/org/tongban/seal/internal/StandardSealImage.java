package org.tongban.seal.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.tongban.seal.SealKind;

/**
 * 标准印模 — the standard impression of a round community seal, drawn with Java2D (no display needed): a red ring,
 * a five-pointed star in the centre, the inscription clockwise along the upper arc and, on a certificate seal,
 * 证明专用章 straight across below the star; transparent around and inside the ring, {@value #SIZE} px square, PNG.
 * The typeface is the bundled WenQuanYi Micro Hei (the notices' font), condensed as engraved characters are.
 */
@Component
class StandardSealImage {

    static final int SIZE = 600;
    /** 印泥红. */
    static final Color RED = new Color(0xD7, 0x19, 0x20);

    private static final String FONT_RESOURCE = "fonts/wqy-microhei.ttc";
    /** The proportional face; the collection also holds a monospaced one. */
    private static final String FACE = "WenQuanYi Micro Hei";
    private static final double CENTRE = SIZE / 2.0;
    private static final double RING_RADIUS = 282;
    private static final float RING_WIDTH = 18;
    private static final double STAR_RADIUS = 92;
    /** Engraved characters are narrower than they are tall. */
    private static final double CONDENSED = 0.8;
    /** The widest the inscription may run along the ring, and the room it leaves inside the ring. */
    private static final double MAX_SPAN = Math.toRadians(250);
    private static final double TEXT_OUTER_RADIUS = RING_RADIUS - RING_WIDTH / 2 - 14;
    private static final float MAX_INSCRIPTION_SIZE = 74;
    private static final float KIND_SIZE = 56;
    /** The outline drawn around each character, in parts of its size. */
    private static final float BOLDER = 0.03f;

    /** Read once, when the first impression is drawn. */
    private volatile Font face;

    byte[] draw(String inscription, SealKind kind) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(RED);
            ring(graphics);
            star(graphics);
            inscription(graphics, inscription == null ? "" : inscription.strip());
            if (kind == SealKind.CERTIFICATE) {
                across(graphics, "证明专用章");
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the seal image", e);
        }
        return png.toByteArray();
    }

    private static void ring(Graphics2D graphics) {
        graphics.setStroke(new BasicStroke(RING_WIDTH));
        graphics.draw(new Ellipse2D.Double(CENTRE - RING_RADIUS, CENTRE - RING_RADIUS, 2 * RING_RADIUS,
                2 * RING_RADIUS));
    }

    /** Pointing up; the inner points at the golden ratio of the outer ones, as the national emblem's stars. */
    private static void star(Graphics2D graphics) {
        Path2D.Double star = new Path2D.Double();
        for (int point = 0; point < 10; point++) {
            double radius = point % 2 == 0 ? STAR_RADIUS : STAR_RADIUS * 0.382;
            double angle = Math.toRadians(-90 + 36 * point);
            double x = CENTRE + radius * Math.cos(angle);
            double y = CENTRE + radius * Math.sin(angle);
            if (point == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        graphics.fill(star);
    }

    /**
     * Clockwise over the top, each character upright towards the rim. The size is what lets the whole inscription
     * fit within {@link #MAX_SPAN}, up to {@link #MAX_INSCRIPTION_SIZE}; a short inscription stays centred on top.
     */
    private void inscription(Graphics2D graphics, String text) {
        int[] characters = text.codePoints().toArray();
        if (characters.length == 0) {
            return;
        }
        // One character takes CONDENSED × size along the ring plus a little spacing, at the radius of its centre.
        double perCharacter = CONDENSED + 0.08;
        float size = (float) Math.min(MAX_INSCRIPTION_SIZE,
                MAX_SPAN * TEXT_OUTER_RADIUS / (perCharacter * characters.length + MAX_SPAN / 2));
        double radius = TEXT_OUTER_RADIUS - size / 2;
        double step = perCharacter * size / radius;
        double first = -step * (characters.length - 1) / 2;
        Font font = condensed(size);
        for (int i = 0; i < characters.length; i++) {
            AffineTransform saved = graphics.getTransform();
            graphics.translate(CENTRE, CENTRE);
            graphics.rotate(first + step * i);
            graphics.translate(0, -radius);
            centred(graphics, font, new String(characters, i, 1));
            graphics.setTransform(saved);
        }
    }

    private void across(Graphics2D graphics, String text) {
        Font font = condensed(KIND_SIZE);
        AffineTransform saved = graphics.getTransform();
        graphics.translate(CENTRE, CENTRE + STAR_RADIUS + 18 + KIND_SIZE / 2);
        centred(graphics, font, text);
        graphics.setTransform(saved);
    }

    /**
     * Draws {@code text} centred on the origin: across by its own width, up and down by the em box of 国, so that
     * 一 sits on the same line as 章. Outlined as well as filled: engraved strokes are bolder than the typeface's.
     */
    private static void centred(Graphics2D graphics, Font font, String text) {
        FontRenderContext context = graphics.getFontRenderContext();
        GlyphVector glyphs = font.createGlyphVector(context, text);
        Rectangle2D box = font.createGlyphVector(context, "国").getVisualBounds();
        double width = glyphs.getLogicalBounds().getWidth();
        Shape outline = glyphs.getOutline((float) (-width / 2), (float) (-box.getCenterY()));
        graphics.fill(outline);
        graphics.setStroke(new BasicStroke(font.getSize2D() * BOLDER));
        graphics.draw(outline);
    }

    private Font condensed(float size) {
        return face().deriveFont(size).deriveFont(AffineTransform.getScaleInstance(CONDENSED, 1));
    }

    private Font face() {
        Font loaded = face;
        if (loaded == null) {
            synchronized (this) {
                loaded = face;
                if (loaded == null) {
                    loaded = readFace();
                    face = loaded;
                }
            }
        }
        return loaded;
    }

    private static Font readFace() {
        try (InputStream in = StandardSealImage.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + FONT_RESOURCE);
            }
            return Arrays.stream(Font.createFonts(in)).filter(font -> FACE.equals(font.getFontName()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No face " + FACE + " in " + FONT_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FONT_RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Cannot read " + FONT_RESOURCE, e);
        }
    }
}

package org.tongban.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tongban.base.UploadedFiles;
import org.tongban.seal.SealKind;

/** 标准印模: a red impression on a transparent square, which the rules for an uploaded scan accept too. */
class SealImageTests {

    private static final StandardSealImage IMPRESSIONS = new StandardSealImage();
    private static final String INSCRIPTION = "云溪县城关街道和平社区居民委员会";

    @Test
    void theStandardImpressionIsARedPngOnATransparentSquare() throws IOException {
        byte[] png = IMPRESSIONS.draw(INSCRIPTION, SealKind.CERTIFICATE);

        assertThat(UploadedFiles.sniff(png)).contains("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(StandardSealImage.SIZE);
        assertThat(image.getHeight()).isEqualTo(StandardSealImage.SIZE);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 0, 0)).as("outside the ring").isZero();
        assertThat(alpha(image, 599, 599)).as("outside the ring").isZero();
        assertThat(alpha(image, 300, 200)).as("between the star and the inscription").isZero();
        assertThat(isRed(image.getRGB(300, 300))).as("the star's centre").isTrue();
        assertThat(isRed(image.getRGB(300, 300 - 282))).as("the ring at the top").isTrue();
        int red = redPixels(image, 0, StandardSealImage.SIZE, 0, StandardSealImage.SIZE);
        int transparent = transparentPixels(image);
        assertThat(red).as("ring, star and characters").isGreaterThan(40_000);
        assertThat(transparent).as("the paper shows through").isGreaterThan(StandardSealImage.SIZE * StandardSealImage.SIZE / 2);

        SealRules.image("standard.png", png);
    }

    @Test
    void onlyACertificateSealCarriesItsKindBelowTheStar() throws IOException {
        BufferedImage certificate = ImageIO.read(new ByteArrayInputStream(IMPRESSIONS.draw(INSCRIPTION, SealKind.CERTIFICATE)));
        BufferedImage official = ImageIO.read(new ByteArrayInputStream(IMPRESSIONS.draw(INSCRIPTION, SealKind.OFFICIAL)));

        // 证明专用章 runs across the middle, between the star's lowest points and the ring.
        assertThat(redPixels(certificate, 200, 400, 400, 460)).isGreaterThan(2_000);
        assertThat(redPixels(official, 200, 400, 400, 460)).isZero();
    }

    @Test
    void theInscriptionShapesTheImpression() {
        byte[] peace = IMPRESSIONS.draw(INSCRIPTION, SealKind.CERTIFICATE);

        assertThat(IMPRESSIONS.draw(INSCRIPTION, SealKind.CERTIFICATE)).as("drawn the same every time").isEqualTo(peace);
        assertThat(IMPRESSIONS.draw("云溪县城关街道光明社区居民委员会", SealKind.CERTIFICATE)).isNotEqualTo(peace);
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static boolean isRed(int argb) {
        int alpha = argb >>> 24;
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        return alpha > 200 && red > 180 && green < 60 && blue < 60;
    }

    /** Red pixels in the box from ({@code fromX}, {@code fromY}) inclusive to ({@code toX}, {@code toY}) exclusive. */
    private static int redPixels(BufferedImage image, int fromX, int toX, int fromY, int toY) {
        int red = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                if (isRed(image.getRGB(x, y))) {
                    red++;
                }
            }
        }
        return red;
    }

    private static int transparentPixels(BufferedImage image) {
        int transparent = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (alpha(image, x, y) == 0) {
                    transparent++;
                }
            }
        }
        return transparent;
    }
}

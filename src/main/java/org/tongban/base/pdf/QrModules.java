package org.tongban.base.pdf;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as its grid of modules, drawn as vector squares so it stays sharp on any printer. Error correction M
 * (15 %) survives a fold or a smudge on a paper certificate; the quiet zone is left to the layout.
 */
final class QrModules {

    private QrModules() {
    }

    /** {@code dark[row][column]}, row 0 on top; square. */
    static boolean[][] of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    dark[row][column] = matrix.get(column, row);
                }
            }
            return dark;
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", tooLong);
        }
    }
}

package org.tongban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A PDF's text as a reader's viewer shows it: poppler's pdftotext (Debian poppler-utils, installed by .ci/run). The
 * copy is kept under target/notices for a look.
 */
public final class PdfText {

    private static final Path OUTPUT = Path.of("target", "notices");

    private PdfText() {
    }

    /** The text without white space (a line may break anywhere in a Chinese phrase); skips without pdftotext. */
    public static String compact(String name, byte[] pdf) {
        Assumptions.assumeTrue(available(), "pdftotext (poppler-utils) is not installed");
        try {
            Files.createDirectories(OUTPUT);
            Path file = Files.write(OUTPUT.resolve(name), pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("pdftotext exit code").isZero();
            return text.replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static boolean available() {
        try {
            Process process = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.tongban.base.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The frame of the server-rendered public pages (certificate verification, purchase notices): plain HTML without
 * scripts that opens fast on any phone and needs no session. Each page adds its own body and a few rules of style.
 */
public final class PublicHtml {

    private static final String BASE_STYLE =
            "body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;background:#f4f6f9;color:#1a2433}"
            + "h1{font-size:1.35rem;margin:.5rem 0 1rem}a{color:#1a5fb4}"
            + ".card{background:#fff;border-radius:.6rem;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
            + "dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem .9rem;margin:0}dt{color:#5b6675}dd{margin:0}"
            + "p.note{color:#5b6675;font-size:.85rem;margin-top:1rem}";

    private PublicHtml() {
    }

    /**
     * The page up to and including {@code <main>}.
     *
     * @param escapedTitle the title, already HTML-escaped
     * @param style        the page's own rules, added after the shared ones
     * @param maxWidth     the width of the main column, e.g. {@code 34rem}
     */
    public static StringBuilder open(Locale locale, String escapedTitle, String style, String maxWidth) {
        return new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"")
                .append(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN").append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escapedTitle).append("</title><style>").append(BASE_STYLE)
                .append("main{max-width:").append(maxWidth).append(";margin:0 auto;padding:1.25rem}")
                .append(style).append("</style></head><body><main>");
    }

    /** Closes the page and answers it uncached, kept out of search engines. */
    public static ResponseEntity<String> respond(int status, StringBuilder html) {
        html.append("</main></body></html>");
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.toString());
    }
}

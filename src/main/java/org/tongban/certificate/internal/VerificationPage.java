package org.tongban.certificate.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.tongban.base.AttemptLimiter;
import org.tongban.base.Messages;
import org.tongban.base.web.PublicHtml;
import org.tongban.base.web.PublicPaths;
import org.tongban.certificate.CertificateVerification;
import org.tongban.certificate.VerificationResult;

/**
 * 证明核验 at {@code /verify}: what a phone opens when it scans a certificate's QR code ({@code ?t=<token>}), and a form
 * to type a number in ({@code ?number=…}). A plain server-rendered page without scripts: it opens fast on any
 * phone, and needs no session. Answered 200 in every case, so the status says nothing a guesser could use; a refused
 * lookup (too many) is 429.
 */
@Controller
class VerificationPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CertificateVerification verification;
    private final Messages messages;

    VerificationPage(CertificateVerification verification, Messages messages) {
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping(path = "/" + VerificationLinks.ROUTE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = VerificationLinks.TOKEN_PARAMETER, required = false) String token,
                                  @RequestParam(name = "number", required = false) String number,
                                  HttpServletRequest request) {
        Locale locale = Messages.currentLocale();
        String client = AttemptLimiter.clientKey(request.getRemoteAddr());
        VerificationResult result = token != null && !token.isBlank() ? verification.byToken(token.strip(), client)
                : number != null && !number.isBlank() ? verification.byNumber(number, client) : null;
        return PublicHtml.respond(
                result != null && result.outcome() == VerificationResult.Outcome.LIMITED ? 429 : 200,
                page(locale, number, result));
    }

    private StringBuilder page(Locale locale, String typed, VerificationResult result) {
        StringBuilder html = PublicHtml.open(locale, text(locale, "certificate.verify.title"),
                "form{display:flex;gap:.5rem;margin-bottom:1rem}input{flex:1;font-size:1rem;padding:.6rem;border:1px solid #b8c2d0;border-radius:.4rem}"
                + "button{font-size:1rem;padding:.6rem 1rem;border:0;border-radius:.4rem;background:#1a5fb4;color:#fff}"
                + ".status{font-size:1.2rem;font-weight:600;margin-bottom:.75rem}.VALID{color:#1e7b34}.REVOKED,.NOT_FOUND,.LIMITED{color:#b3261e}.EXPIRED{color:#8a5a00}",
                "34rem")
                .append("<h1>").append(text(locale, "certificate.verify.title")).append("</h1>")
                .append("<form method=\"get\" action=\"").append(VerificationLinks.ROUTE).append("\">")
                .append("<input id=\"verify-input\" name=\"number\" autocomplete=\"off\" placeholder=\"")
                .append(text(locale, "certificate.verify.placeholder")).append("\" value=\"")
                .append(HtmlUtils.htmlEscape(typed == null ? "" : typed.strip())).append("\" maxlength=\"40\">")
                .append("<button id=\"verify-submit\" type=\"submit\">").append(text(locale, "certificate.verify.submit"))
                .append("</button></form>");
        if (result != null) {
            html.append("<section class=\"card\" id=\"verify-result\">");
            result(html, locale, result);
            html.append("</section>");
        }
        return html.append("<p class=\"note\">").append(text(locale, "certificate.verify.note")).append("</p>");
    }

    private void result(StringBuilder html, Locale locale, VerificationResult result) {
        if (result.outcome() != VerificationResult.Outcome.FOUND) {
            html.append("<div class=\"status ").append(result.outcome()).append("\" id=\"verify-status\">")
                    .append(text(locale, "certificate.verify." + result.outcome().name())).append("</div>");
            return;
        }
        html.append("<div class=\"status ").append(result.validity()).append("\" id=\"verify-status\">")
                .append(text(locale, result.validity().messageKey())).append("</div><dl>");
        field(html, locale, "number", result.number());
        field(html, locale, "type", result.certificateName());
        field(html, locale, "issuer", result.issuer());
        field(html, locale, "issued-on", date(locale, result.issuedOn()));
        field(html, locale, "holder", result.holderName() + "（" + result.holderIdNumber() + "）");
        field(html, locale, "valid-until", result.validUntil() == null ? text(locale, "certificate.verify.no-term")
                : date(locale, result.validUntil()));
        if (result.revokedOn() != null) {
            field(html, locale, "revoked-on", date(locale, result.revokedOn()));
        }
        html.append("</dl>");
    }

    private void field(StringBuilder html, Locale locale, String key, String value) {
        html.append("<dt>").append(text(locale, "certificate.verify.field." + key)).append("</dt><dd id=\"verify-field-")
                .append(key).append("\">").append(HtmlUtils.htmlEscape(value == null ? "" : value)).append("</dd>");
    }

    private String text(Locale locale, String key) {
        return HtmlUtils.htmlEscape(messages.get(locale, key));
    }

    private static String date(Locale locale, java.time.LocalDate day) {
        return day == null ? "" : (locale == Locale.ENGLISH ? DATE_EN : DATE).format(day);
    }

    /** Residents and checking bodies open the page without an account. */
    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PublicPaths certificateVerificationPage() {
            return new PublicPaths(java.util.List.of("/" + VerificationLinks.ROUTE));
        }
    }
}

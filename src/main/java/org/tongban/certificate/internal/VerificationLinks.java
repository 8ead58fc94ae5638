package org.tongban.certificate.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongban.base.SignedTokens;

/**
 * What a certificate's QR code carries: the public verification page's address with a token signed for the
 * certificate's number, so that a scan proves the number was issued here and a changed token finds nothing. The
 * number alone can still be typed in on the page, where attempts are rate-limited.
 */
@Component
class VerificationLinks {

    /** The public verification page's route, without a leading slash. */
    static final String ROUTE = "verify";
    /** The query parameter that carries the token. */
    static final String TOKEN_PARAMETER = "t";
    private static final String PURPOSE = "certificate";

    private final SignedTokens tokens;
    private final String publicUrl;

    VerificationLinks(SignedTokens tokens, @Value("${tongban.certificate.public-url}") String publicUrl) {
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String tokenFor(String certificateNumber) {
        return tokens.sign(PURPOSE, certificateNumber);
    }

    /** The certificate number a token was signed for; empty for a token not signed here or altered. */
    Optional<String> numberOf(String token) {
        return tokens.verify(PURPOSE, token);
    }

    /** The page itself, where a number can be typed in, e.g. {@code https://tongban.example.gov.cn/verify}. */
    String pageUrl() {
        return publicUrl + "/" + ROUTE;
    }

    /** The address the QR code encodes, e.g. {@code https://tongban.example.gov.cn/verify?t=…}. */
    String urlFor(String certificateNumber) {
        return pageUrl() + "?" + TOKEN_PARAMETER + "="
                + URLEncoder.encode(tokenFor(certificateNumber), StandardCharsets.UTF_8);
    }
}

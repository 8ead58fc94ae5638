package org.tongban.base;

import java.util.Optional;

/**
 * Short tokens that carry a value and prove it was issued here (HMAC-SHA256 under the installation's key, kept in the
 * database so tokens outlive restarts and are the same on every instance). Used where a value reaches the public, e.g.
 * a certificate's QR code: the token, not a guessable number, is what the code carries.
 */
public interface SignedTokens {

    /** A URL-safe token for {@code value} under {@code purpose} (a token for one purpose is never valid for another). */
    String sign(String purpose, String value);

    /** The value, when {@code token} was signed here for {@code purpose} and not altered; else empty. Never throws. */
    Optional<String> verify(String purpose, String token);
}

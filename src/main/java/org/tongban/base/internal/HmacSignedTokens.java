package org.tongban.base.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.SignedTokens;

/**
 * Tokens of the form {@code <value, Base64url>.<first 20 bytes of HMAC-SHA256(purpose, value), Base64url>}: 160 bits
 * of MAC is far beyond guessing, and the token stays short enough for a small QR code. The key is read once per
 * instance from {@code base_signing_key} and created there on first use.
 */
@Service
class HmacSignedTokens implements SignedTokens {

    private static final String KEY_NAME = "tokens";
    private static final int MAC_BYTES = 20;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile SecretKeySpec key;

    HmacSignedTokens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public String sign(String purpose, String value) {
        byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(valueBytes) + "." + ENCODER.encodeToString(mac(purpose, valueBytes));
    }

    @Override
    public Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] valueBytes = DECODER.decode(token.substring(0, dot));
            // The whole token is compared, not the decoded MAC: Base64 ignores the spare bits of its last character,
            // so a changed last character could otherwise decode to the same bytes and pass.
            String expected = ENCODER.encodeToString(valueBytes) + "." + ENCODER.encodeToString(mac(purpose, valueBytes));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII))
                    ? Optional.of(new String(valueBytes, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(String purpose, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // purpose and value cannot run into each other
            return Arrays.copyOf(mac.doFinal(value), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(Base64.getDecoder().decode(storedSecret()), "HmacSHA256");
            key = current;
        }
        return current;
    }

    private String storedSecret() {
        List<String> existing = readSecret();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        ownTransaction.executeWithoutResult(status -> {
            try {
                jdbc.update("INSERT INTO base_signing_key (name, secret, created_at) VALUES (?, ?, ?)", KEY_NAME,
                        Base64.getEncoder().encodeToString(fresh), LocalDateTime.now(clock));
            } catch (DuplicateKeyException createdConcurrently) {
                // Another instance created it first: its key is the one to use.
            }
        });
        return readSecret().get(0);
    }

    private List<String> readSecret() {
        return jdbc.queryForList("SELECT secret FROM base_signing_key WHERE name = ?", String.class, KEY_NAME);
    }
}

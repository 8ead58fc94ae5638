package org.tongban.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class SignedTokensTests {

    @Autowired
    SignedTokens tokens;

    @Test
    void aTokenGivesBackItsValueForItsPurposeOnly() {
        String token = tokens.sign("certificate", "ZM-CM001-2026-0001");

        assertThat(tokens.verify("certificate", token)).contains("ZM-CM001-2026-0001");
        assertThat(tokens.verify("receipt", token)).isEmpty();
        assertThat(tokens.sign("certificate", "ZM-CM001-2026-0001")).isEqualTo(token);
    }

    @Test
    void anAlteredOrMalformedTokenGivesNothing() {
        String token = tokens.sign("certificate", "ZM-CM001-2026-0001");
        String otherNumber = tokens.sign("certificate", "ZM-CM001-2026-0002");
        String forged = otherNumber.substring(0, otherNumber.indexOf('.')) + token.substring(token.indexOf('.'));
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(tokens.verify("certificate", forged)).isEmpty();
        assertThat(tokens.verify("certificate", flipped)).isEmpty();
        assertThat(tokens.verify("certificate", "ZM-CM001-2026-0001")).isEmpty();
        assertThat(tokens.verify("certificate", "%%%.###")).isEmpty();
        assertThat(tokens.verify("certificate", "")).isEmpty();
        assertThat(tokens.verify("certificate", null)).isEmpty();
    }
}

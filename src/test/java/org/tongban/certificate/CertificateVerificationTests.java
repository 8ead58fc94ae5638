package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * The public verification: valid, revoked, expired, unknown, tampered token, malformed number, the per-client limit,
 * and the page itself over HTTP without a login.
 */
@TongbanTest
@Tag("db")
class CertificateVerificationTests {

    @Autowired
    CertificateVerification verification;
    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private RequestDetail.CertificateSummary issued() {
        SubmittedRequest submitted = fixtures.issued(RequestFixtures.RESIDENCE);
        return fixtures.detail(submitted.id()).certificate();
    }

    private static String tokenOf(RequestDetail.CertificateSummary certificate) {
        String query = URI.create(certificate.verificationUrl()).getRawQuery();
        return URLDecoder.decode(query.substring(query.indexOf("t=") + 2), StandardCharsets.UTF_8);
    }

    /** Each test its own client, so the limits of one test do not reach another. */
    private static String client(String name) {
        return "198.51.100." + Math.abs(name.hashCode() % 250);
    }

    @Test
    void aValidCertificateIsFoundByItsQrTokenAndByItsNumberWithTheHolderMasked() {
        RequestDetail.CertificateSummary certificate = issued();

        VerificationResult byToken = verification.byToken(tokenOf(certificate), client("valid"));
        assertThat(byToken.outcome()).isEqualTo(VerificationResult.Outcome.FOUND);
        assertThat(byToken.number()).isEqualTo(certificate.number());
        assertThat(byToken.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(byToken.certificateName()).isEqualTo("居(租)住证明");
        assertThat(byToken.issuer()).contains("和平社区居民委员会");
        assertThat(byToken.holderName()).isEqualTo("张*");
        assertThat(byToken.holderIdNumber()).isEqualTo("330102********1236");
        assertThat(byToken.issuedOn()).isEqualTo(fixtures.today());
        assertThat(byToken.validUntil()).isEqualTo(fixtures.today().plusDays(89));

        VerificationResult byNumber = verification.byNumber(" " + certificate.number().toLowerCase() + " ",
                client("valid"));
        assertThat(byNumber.outcome()).isEqualTo(VerificationResult.Outcome.FOUND);
        assertThat(byNumber.number()).isEqualTo(certificate.number());
        // Typed with a Chinese input method: full-width letters, digits and hyphens.
        String fullWidth = certificate.number().chars().mapToObj(c -> String.valueOf((char) (c == '-' ? '－'
                : c + 0xFEE0))).collect(java.util.stream.Collectors.joining());
        assertThat(verification.byNumber(fullWidth, client("valid")).outcome())
                .isEqualTo(VerificationResult.Outcome.FOUND);
    }

    @Test
    void aRevokedCertificateSaysSoWithTheDay() {
        SubmittedRequest submitted = fixtures.issued(RequestFixtures.VOLUNTEER);
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.requestRevocation(submitted.id(), "内容失实"));
        String number = fixtures.detail(submitted.id()).certificate().number();
        signIn.as(RequestFixtures.DIRECTOR, () -> requests.confirmRevocation(
                fixtures.taskId(number, "Task_ConfirmRevocation"), true, null));

        VerificationResult result = verification.byNumber(number, client("revoked"));
        assertThat(result.validity()).isEqualTo(CertificateValidity.REVOKED);
        assertThat(result.revokedOn()).isEqualTo(fixtures.today());
        assertThat(result.validUntil()).as("a volunteer certificate has no fixed term").isNull();
    }

    @Test
    void aCertificatePastItsValidityIsExpired() {
        RequestDetail.CertificateSummary certificate = issued();
        jdbc.update("UPDATE crt_certificate SET valid_until = ? WHERE certificate_number = ?",
                fixtures.today().minusDays(1), certificate.number());

        assertThat(verification.byNumber(certificate.number(), client("expired")).validity())
                .isEqualTo(CertificateValidity.EXPIRED);
    }

    @Test
    void anUnknownNumberAMalformedOneAndATamperedTokenAreAllNotFound() {
        RequestDetail.CertificateSummary certificate = issued();
        String token = tokenOf(certificate);
        String otherNumber = certificate.number().substring(0, certificate.number().length() - 4) + "9999";
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherNumber.getBytes(StandardCharsets.UTF_8));
        String forged = payload + token.substring(token.indexOf('.'));

        assertThat(verification.byNumber(otherNumber, client("unknown")).outcome())
                .isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        assertThat(verification.byNumber("ZM-CM001-2026-0001' OR '1'='1", client("unknown")).outcome())
                .isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        assertThat(verification.byToken(forged, client("unknown")).outcome())
                .isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        assertThat(verification.byToken(token.substring(0, token.length() - 2) + "xx", client("unknown")).outcome())
                .isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        assertThat(verification.byToken("", client("unknown")).outcome())
                .isEqualTo(VerificationResult.Outcome.NOT_FOUND);
    }

    @Test
    void typedNumbersAreLimitedPerClientWhileScansGoOn() {
        RequestDetail.CertificateSummary certificate = issued();
        String guesser = client("guesser");
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(verification.byNumber("ZM-CM001-2026-" + (8000 + attempt), guesser).outcome())
                    .isEqualTo(VerificationResult.Outcome.NOT_FOUND);
        }
        assertThat(verification.byNumber(certificate.number(), guesser).outcome())
                .isEqualTo(VerificationResult.Outcome.LIMITED);
        assertThat(verification.byNumber(certificate.number(), client("someone else")).outcome())
                .isEqualTo(VerificationResult.Outcome.FOUND);
        assertThat(verification.byToken(tokenOf(certificate), guesser).outcome())
                .isEqualTo(VerificationResult.Outcome.FOUND);
    }

    @Test
    void thePageOpensWithoutALoginAndShowsTheResult() throws Exception {
        RequestDetail.CertificateSummary certificate = issued();

        mvc.perform(get("/verify").param("t", tokenOf(certificate)).with(request -> {
                    request.setRemoteAddr(client("page"));
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("有效")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(certificate.number())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("张*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(RequestFixtures.APPLICANT_ID))));
        mvc.perform(get("/verify").param("number", "<script>alert(1)</script>").with(request -> {
                    request.setRemoteAddr(client("page"));
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未找到该证明")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("<script>alert"))));
        mvc.perform(get("/verify")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("证明核验")));
    }
}

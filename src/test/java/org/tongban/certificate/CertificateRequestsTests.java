package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Bad input, permissions, the register's data scope, masking and audited reads: each refusal has a Chinese message,
 * and nothing is written.
 */
@TongbanTest
@Tag("db")
class CertificateRequestsTests {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EXECUTABLE = {'M', 'Z', 0x00, 0x01, 0x02};

    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Messages messages;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                refused("bad ID check digit", draft -> draft.applicant("张三", "330102198503121235", "13900000001"),
                        "certificate.error.id-number", "校验码"),
                refused("ID with an impossible birth date", draft -> draft.applicant("张三", "330102198502301234",
                        "13900000001"), "certificate.error.id-number", "出生日期"),
                refused("bad phone", draft -> draft.applicant("张三", RequestFixtures.APPLICANT_ID, "1390000"),
                        "certificate.error.phone", "手机号"),
                refused("no name", draft -> draft.applicant(" ", RequestFixtures.APPLICANT_ID, "13900000001"),
                        "certificate.error.applicant-name-required", "申请人姓名"),
                refused("no purpose", draft -> draft.purpose(""), "certificate.error.purpose-required", "用途"),
                refused("purpose with a line break", draft -> draft.purpose("入学\n另附"),
                        "certificate.error.purpose-control-characters", "换行"),
                refused("purpose too long", draft -> draft.purpose("用".repeat(101)),
                        "certificate.error.purpose-too-long", "100"),
                refused("nothing asked for", draft -> draft.unlisted(" "),
                        "certificate.error.requested-name-required", "证明名称"),
                refused("unknown community", draft -> draft.community("CM999"),
                        "certificate.error.unknown-community", "社区"),
                refused("a subdistrict is not a community", draft -> draft.community("SD01"),
                        "certificate.error.unknown-community", "社区"),
                refused("agent without relation", draft -> draft.agent(new CertificateApplication.Agent("李四",
                        RequestFixtures.AGENT_ID, "13900000002", "")), "certificate.error.agent-relation-required",
                        "关系"),
                refused("agent is the applicant", draft -> draft.agent(new CertificateApplication.Agent("张三",
                        RequestFixtures.APPLICANT_ID, "13900000002", "本人")), "certificate.error.agent-is-applicant",
                        "申请人本人"),
                refused("agent's bad ID", draft -> draft.agent(new CertificateApplication.Agent("李四",
                        "330106199207284568", "13900000002", "子女")), "certificate.error.agent-id-number", "代办人"),
                refused("executable evidence", draft -> draft.evidence(List.of(
                        new CertificateApplication.Evidence("租赁合同.pdf", EXECUTABLE))), "error.file-executable",
                        "可执行"),
                refused("unknown file type", draft -> draft.evidence(List.of(
                        new CertificateApplication.Evidence("合同.docx", "PK-not-a-pdf".getBytes(StandardCharsets.UTF_8)))),
                        "error.file-type", "PDF"));
    }

    private static Arguments refused(String name, UnaryOperator<RequestFixtures.Draft> change, String key,
                                     String chinese) {
        return Arguments.of(name, change, key, chinese);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedInChineseAndNothingIsWritten(String name, UnaryOperator<RequestFixtures.Draft> change,
                                                        String key, String chinese) {
        int requestsBefore = rows("crt_request");
        int filesBefore = rows("crt_request_file");
        assertThatThrownBy(() -> fixtures.submit(change.apply(fixtures.draft(RequestFixtures.RESIDENCE))))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(messages.describe(refusal, Messages.DEFAULT_LOCALE)).contains(chinese);
                });
        assertThat(rows("crt_request")).isEqualTo(requestsBefore);
        assertThat(rows("crt_request_file")).isEqualTo(filesBefore);
    }

    @Test
    void evidenceIsStoredWithTheRequestAndItsReadIsAudited() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.RESIDENCE)
                .agent(new CertificateApplication.Agent("李四", RequestFixtures.AGENT_ID, "13900000002", "子女"))
                .evidence(List.of(new CertificateApplication.Evidence("..\\租赁合同.pdf", PDF))));

        RequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("租赁合同.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
        });
        assertThat(detail.agent().relation()).isEqualTo("子女");
        assertThat(detail.agent().idNumber()).isEqualTo("330106********4567");
        byte[] content = signIn.as(RequestFixtures.FRONT_DESK,
                () -> requests.evidence(submitted.id(), detail.files().get(0).id()));
        assertThat(content).isEqualTo(PDF);
        assertThat(audited("certificate.file.read", submitted.requestNumber(), "ALLOWED")).isPositive();
    }

    @Test
    void onlyTheCommunitysFrontDeskRegistersItsRequests() {
        int before = rows("crt_request");
        for (String outsider : List.of(RequestFixtures.OTHER_FRONT_DESK, RequestFixtures.DIRECTOR,
                RequestFixtures.SUBDISTRICT_STAFF, RequestFixtures.CIVIL_REVIEWER)) {
            assertThatThrownBy(() -> signIn.as(outsider,
                    () -> requests.submit(fixtures.draft(RequestFixtures.RESIDENCE).application())))
                    .as(outsider)
                    .hasFieldOrPropertyWithValue("messageKey", "certificate.error.not-front-desk");
        }
        assertThat(rows("crt_request")).isEqualTo(before);
        assertThat(signIn.as(RequestFixtures.FRONT_DESK, () -> requests.counterCommunities()))
                .containsOnlyKeys("CM001");
    }

    @Test
    void aRequestIsReadMaskedWithinTheScopeAndRefusedAndAuditedOutsideIt() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));

        RequestDetail masked = fixtures.detail(submitted.id());
        assertThat(masked.applicantName()).isEqualTo("张*");
        assertThat(masked.applicantIdNumber()).isEqualTo("330102********1236");
        assertThat(masked.applicantPhone()).isEqualTo("139****0001");
        assertThat(masked.unmasked()).isFalse();
        for (String reader : List.of(RequestFixtures.DIRECTOR, RequestFixtures.SUBDISTRICT_STAFF,
                RequestFixtures.CIVIL_REVIEWER)) {
            assertThat(signIn.as(reader, () -> requests.open(submitted.id())).requestNumber()).as(reader)
                    .isEqualTo(submitted.requestNumber());
        }
        RequestDetail full = signIn.as(RequestFixtures.DIRECTOR, () -> requests.openUnmasked(submitted.id()));
        assertThat(full.applicantIdNumber()).isEqualTo(RequestFixtures.APPLICANT_ID);
        assertThat(audited("certificate.personal-data.read", submitted.requestNumber(), "ALLOWED")).isEqualTo(1);

        for (String outsider : List.of(RequestFixtures.OTHER_FRONT_DESK, RequestFixtures.OTHER_DIRECTOR,
                "liuyang")) {
            assertThatThrownBy(() -> signIn.as(outsider, () -> requests.open(submitted.id()))).as(outsider)
                    .hasFieldOrPropertyWithValue("messageKey", "certificate.error.request-forbidden");
        }
        assertThat(audited("certificate.request.read", submitted.requestNumber(), "DENIED")).isEqualTo(3);
    }

    @Test
    void theRegisterShowsOnlyTheDataScopeAndFindsByNumberIdOrName() {
        SubmittedRequest mine = fixtures.submit(fixtures.draft(RequestFixtures.DOG)
                .applicant("欧阳明月", "110101199003071233", "13900000003"));

        RequestQuery byId = new RequestQuery("110101199003071233", null, null, Set.of(), null, null, false);
        assertThat(signIn.as(RequestFixtures.FRONT_DESK, () -> requests.search(byId, 0, 50)))
                .extracting(RequestRow::requestNumber).contains(mine.requestNumber());
        assertThat(signIn.as(RequestFixtures.OTHER_FRONT_DESK, () -> requests.search(byId, 0, 50))).isEmpty();
        assertThat(signIn.as(RequestFixtures.OTHER_FRONT_DESK, () -> requests.count(byId))).isZero();
        assertThat(signIn.as("liuyang", () -> requests.count(RequestQuery.all()))).isZero();
        assertThat(signIn.as(RequestFixtures.SUBDISTRICT_STAFF, () -> requests.search(byId, 0, 50)))
                .extracting(RequestRow::requestNumber).contains(mine.requestNumber());
        assertThat(signIn.as(RequestFixtures.CIVIL_REVIEWER, () -> requests.search(byId, 0, 50)))
                .extracting(RequestRow::requestNumber).contains(mine.requestNumber());

        RequestRow row = signIn.as(RequestFixtures.FRONT_DESK, () -> requests.search(
                new RequestQuery(mine.requestNumber(), null, null, Set.of(), null, null, false), 0, 10)).get(0);
        assertThat(row.applicantName()).isEqualTo("欧阳**");
        assertThat(row.applicantIdNumber()).isEqualTo("110101********1233");
        assertThat(row.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(row.demandedBy()).isEqualTo("云溪县实验小学");
        assertThat(signIn.as(RequestFixtures.FRONT_DESK, () -> requests.search(
                new RequestQuery("欧阳", null, RequestFixtures.DOG, Set.of(CertificateRequestStatus.REFUSED),
                        fixtures.today(), fixtures.today(), false), 0, 10)))
                .extracting(RequestRow::requestNumber).contains(mine.requestNumber());
    }

    @Test
    void refusalNoticeIsPrintedForRefusalsOnly() {
        SubmittedRequest refused = fixtures.submit(fixtures.draft(RequestFixtures.DOG));
        SubmittedRequest open = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));

        byte[] notice = signIn.as(RequestFixtures.FRONT_DESK, () -> requests.noticePdf(refused.id()));
        assertThat(new String(notice, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK, () -> requests.noticePdf(open.id())))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.no-notice");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.OTHER_FRONT_DESK, () -> requests.noticePdf(refused.id())))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.request-forbidden");
    }

    private int audited(String action, String requestNumber, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE action = ? AND target = ? AND outcome = ?",
                Integer.class, action, "certificate-request:" + requestNumber, outcome);
    }
}

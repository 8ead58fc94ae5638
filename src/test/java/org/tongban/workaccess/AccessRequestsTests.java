package org.tongban.workaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.catalog.WorkingDays;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Bad input is refused with its own Chinese message and nothing half-saved; each role sees only its scope.
 */
@TongbanTest
@Tag("db")
class AccessRequestsTests {

    @Autowired
    AccessRequests requests;
    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Messages messages;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from wa_request", Long.class)
                + jdbc.queryForObject("select count(*) from wa_request_file", Long.class);
    }

    private void assertRefused(UnaryOperator<WorkAccessFixtures.Draft> change, String messageKey, String text) {
        long before = stored();
        assertThatThrownBy(() -> fixtures.submit(change.apply(fixtures.draft(WorkAccessFixtures.DUTY))))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                    assertThat(messages.describe(refused, java.util.Locale.SIMPLIFIED_CHINESE)).contains(text);
                });
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() {
        assertRefused(draft -> draft.title(" "), "workaccess.error.title-required", "请填写事项名称");
        assertRefused(draft -> draft.dates(fixtures.today().minusDays(1), fixtures.today().plusDays(5)),
                "workaccess.error.start-in-past", "已过");
        assertRefused(draft -> draft.dates(workingDays.plusWorkingDays(fixtures.today(), 40),
                workingDays.plusWorkingDays(fixtures.today(), 35)), "workaccess.error.end-before-start", "不能早于");
        assertRefused(draft -> draft.dates(workingDays.plusWorkingDays(fixtures.today(), 5),
                workingDays.plusWorkingDays(fixtures.today(), 50)), "workaccess.error.lead-time", "30 个工作日");
        assertRefused(draft -> draft.scope(TargetScope.COMMUNITIES), "workaccess.error.no-target", "至少选择");
        assertRefused(draft -> draft.scope(TargetScope.COMMUNITIES, "SD01"), "workaccess.error.target-unknown", "SD01");
        assertRefused(draft -> draft.amount("-100"), "workaccess.error.amount-negative", "不能为负数");
        assertRefused(draft -> draft.amount("五千元"), "workaccess.error.amount-not-number", "不是数字");
        assertRefused(draft -> draft.hours("abc"), "workaccess.error.hours-not-number", "不是数字");
        assertRefused(draft -> draft.hours("0"), "workaccess.error.hours-range", "大于 0");
        assertRefused(draft -> draft.contactPhone("12345"), "workaccess.error.contact-phone-format", "手机号码");
        assertRefused(draft -> draft.urgent(" "), "workaccess.error.urgent-reason-required", "紧急理由");
        assertRefused(draft -> draft.attach("plan.pdf", new byte[10 * 1024 * 1024 + 1]), "error.file-too-large", "10 MB");
        assertRefused(draft -> draft.attach("setup.exe", new byte[]{'M', 'Z', 0, 0}), "error.file-executable", "不予接收");
    }

    @Test
    void urgentWorkMayStartSoonerWithAReason() {
        SubmittedRequest urgent = fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY)
                .dates(workingDays.plusWorkingDays(fixtures.today(), 3), workingDays.plusWorkingDays(fixtures.today(), 20))
                .urgent("上级紧急部署的换届补选"));
        assertThat(urgent.status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(fixtures.detail(urgent.id()).urgentReason()).isEqualTo("上级紧急部署的换届补选");
    }

    @Test
    void attachmentsAreStoredAndReadWithinTheScope() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY)
                .attach("部署文件.pdf", "%PDF-1.7 部署".getBytes()));
        AccessRequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.files()).extracting(AccessRequestDetail.FileEntry::fileName).containsExactly("部署文件.pdf");
        long fileId = detail.files().get(0).id();
        assertThat(signIn.as(WorkAccessFixtures.HANDLER, () -> requests.file(submitted.id(), fileId)).contentType())
                .isEqualTo("application/pdf");
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.OTHER_HANDLER, () -> requests.file(submitted.id(), fileId)))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.request-forbidden");
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRequestsAndReviewersSeeTheCounty() {
        SubmittedRequest mine = fixtures.admitted();
        RequestQuery byNumber = new RequestQuery(mine.requestNumber(), null, null);

        assertThat(signIn.as(WorkAccessFixtures.HANDLER, () -> requests.list(byNumber, 0, 10))).hasSize(1);
        assertThat(signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.list(byNumber, 0, 10))).hasSize(1);
        assertThat(signIn.as(WorkAccessFixtures.COUNTY, () -> requests.count(byNumber))).isEqualTo(1);
        assertThat(signIn.as(WorkAccessFixtures.OTHER_HANDLER, () -> requests.list(byNumber, 0, 10))).isEmpty();
        assertThat(signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> requests.count(RequestQuery.all()))).isZero();

        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.OTHER_HANDLER, () -> requests.detail(mine.id())))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.request-forbidden");
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> requests.detail(mine.id())))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.request-forbidden");
        AccessRequestDetail own = signIn.as(WorkAccessFixtures.HANDLER, () -> requests.detail(mine.id()));
        assertThat(own.mayDispatch()).isTrue();
        assertThat(own.mayRevoke()).isFalse();
        assertThat(fixtures.detail(mine.id()).mayRevoke()).isTrue();
        assertThat(fixtures.detail(mine.id()).mayDispatch()).isFalse();
    }

    @Test
    void onlyDepartmentHandlersSubmitAndOnlyTheirReviewersReview() {
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER,
                () -> requests.submit(fixtures.draft(WorkAccessFixtures.DUTY).build())))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.not-handler");
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.COMMUNITY_STAFF,
                () -> requests.submit(fixtures.draft(WorkAccessFixtures.DUTY).build())))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.not-handler");

        SubmittedRequest inReview = fixtures.submit(fixtures.draft(null));
        String task = fixtures.taskId(inReview, "Task_Review");
        // The department that asked cannot review its own request; the inbox refuses a task outside one's groups.
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.HANDLER,
                () -> requests.review(task, ReviewDecision.SUPPORT, null, null)))
                .isInstanceOf(BusinessException.class);
        assertThat(fixtures.detail(inReview.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(signIn.as(WorkAccessFixtures.HANDLER, () -> requests.detail(inReview.id())).openTaskId()).isNull();
        assertThat(fixtures.detail(inReview.id()).openStep()).isEqualTo("Task_Review");
    }
}

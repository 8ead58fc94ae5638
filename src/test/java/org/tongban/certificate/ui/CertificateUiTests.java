package org.tongban.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.catalog.CertificateList;
import org.tongban.certificate.RequestFixtures;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.RequestRow;
import org.tongban.certificate.SubmittedRequest;
import org.tongban.inbox.ui.TaskView;
import org.tongban.testing.UiTestBase;

/**
 * The counter form with the list's answer as the worker types, the request page's steps from fact check to delivery,
 * the refusal with its notice, the register and figures within the viewer's scope, and a stranger kept out.
 */
@Tag("db")
class CertificateUiTests extends UiTestBase {

    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    CertificateList certificateList;
    @Autowired
    JdbcTemplate jdbc;

    private int requestRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM crt_request", Integer.class);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", "")).toList();
    }

    private void fillApplicant() {
        _setValue(_get(TextField.class, spec -> spec.withId("crt-intake-applicant-name")), "张三");
        _setValue(_get(TextField.class, spec -> spec.withId("crt-intake-applicant-id")), RequestFixtures.APPLICANT_ID);
        _setValue(_get(TextField.class, spec -> spec.withId("crt-intake-applicant-phone")), "13900000001");
        _setValue(_get(TextField.class, spec -> spec.withId("crt-intake-purpose")), "办理子女入学");
        _setValue(_get(TextField.class, spec -> spec.withId("crt-intake-demanded-by")), "云溪县实验小学");
    }

    @SuppressWarnings("unchecked")
    private CertificateChooser chooser() {
        return _get(CertificateChooser.class, spec -> spec.withId("crt-intake-certificate"));
    }

    @Test
    void anEverydayNameShowsTheRefusalAtOnceAndTheNoticeIsReadyToPrint() {
        login(RequestFixtures.FRONT_DESK);
        UI.getCurrent().navigate(CertificateIntakeView.class);

        ComboBoxKt._fireCustomValueSet(chooser(), "单身证明");

        assertThat(chooser().getValue().code()).isEqualTo(RequestFixtures.MARITAL);
        assertThat(_get(Div.class, spec -> spec.withId("crt-answer-refused"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("crt-answer-replacement")).getText()).contains("告知承诺");
        assertThat(_get(Button.class, spec -> spec.withId("crt-intake-submit")).getText()).isEqualTo("登记并出具告知书");
        fillApplicant();
        _click(_get(Button.class, spec -> spec.withId("crt-intake-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("crt-result-number")).getText()).startsWith("ZMSQ-YX-");
        assertThat(_get(Span.class, spec -> spec.withId("crt-result-refer-to")).getText()).contains("婚姻登记机关");
        assertThat(_find(Anchor.class)).anySatisfy(link -> assertThat(link.getText()).isEqualTo("打印告知书（PDF）"));
        _click(_get(Button.class, spec -> spec.withId("crt-result-next")));
        assertThat(chooser().getValue()).isNull();
        assertThat(_get(TextField.class, spec -> spec.withId("crt-intake-applicant-name")).getValue()).isEmpty();
    }

    @Test
    void aCertificateOnNeitherListIsNamedAndRefusedAsSuch() {
        login(RequestFixtures.FRONT_DESK);
        UI.getCurrent().navigate(CertificateIntakeView.class);

        ComboBoxKt._fireCustomValueSet(chooser(), "出国探亲担保证明");

        assertThat(chooser().getValue()).isNull();
        assertThat(_get(Div.class, spec -> spec.withId("crt-answer-unlisted")).getElement().getTextRecursively())
                .contains("出国探亲担保证明", "不予出具");
        fillApplicant();
        _click(_get(Button.class, spec -> spec.withId("crt-intake-submit")));
        assertThat(_get(H3.class, spec -> spec.withText("已登记，不予出具"))).isNotNull();
    }

    @Test
    void aSubdistrictCounterIsToldThatCommunitiesIssueCertificates() {
        login(RequestFixtures.SUBDISTRICT_STAFF);
        UI.getCurrent().navigate(CertificateIntakeView.class);

        assertThat(_get(Span.class, spec -> spec.withId("crt-refusal")).getText()).contains("证明由社区（村）出具");
        assertThat(_find(Button.class, spec -> spec.withId("crt-intake-submit"))).isEmpty();
    }

    @Test
    void anIncompleteFormIsRefusedInChineseAndRegistersNothing() {
        int before = requestRows();
        login(RequestFixtures.FRONT_DESK);
        UI.getCurrent().navigate(CertificateIntakeView.class);
        _setValue(chooser(), certificateList.find(RequestFixtures.VOLUNTEER, LocalDate.now()).orElseThrow());
        fillApplicant();
        _setValue(_get(TextField.class, spec -> spec.withId("crt-intake-applicant-id")), "330102198503121235");

        _click(_get(Button.class, spec -> spec.withId("crt-intake-submit")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("公民身份号码有误"));
        assertThat(_find(Span.class, spec -> spec.withId("crt-result-number"))).isEmpty();
        assertThat(requestRows()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestIsCheckedApprovedAndDeliveredOnItsPage() {
        login(RequestFixtures.FRONT_DESK);
        UI.getCurrent().navigate(CertificateIntakeView.class);
        _setValue(chooser(), certificateList.find(RequestFixtures.VOLUNTEER, LocalDate.now()).orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("crt-answer-facts")).getText()).contains("志愿服务");
        fillApplicant();
        _click(_get(Button.class, spec -> spec.withId("crt-intake-submit")));
        String number = _get(Span.class, spec -> spec.withId("crt-result-number")).getText();
        _click(_get(Button.class, spec -> spec.withId("crt-result-open")));

        assertThat(_get(H3.class, spec -> spec.withId("crt-step-title")).getText()).isEqualTo("核实");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("crt-fact-confirmed")), Boolean.TRUE);
        _setValue(_get(TextArea.class, spec -> spec.withId("crt-fact-findings")), "2026年参加志愿服务12次，累计36小时");
        _click(_get(Button.class, spec -> spec.withId("crt-step-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("crt-status")).getText()).isEqualTo("待审批");
        assertThat(_find(H3.class, spec -> spec.withId("crt-step-title"))).as("the director's step").isEmpty();

        logout();
        login(RequestFixtures.DIRECTOR);
        long id = requestIdOf(number);
        UI.getCurrent().navigate(CertificateRequestView.class, id);
        assertThat(_get(H3.class, spec -> spec.withId("crt-step-title")).getText()).isEqualTo("审批");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("crt-approve-decision")), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withId("crt-step-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("crt-certificate-number")).getText()).startsWith("ZM-CM001-");
        assertThat(_get(Anchor.class, spec -> spec.withId("crt-certificate-verify")).getHref()).contains("/verify?t=");

        logout();
        login(RequestFixtures.FRONT_DESK);
        UI.getCurrent().navigate(CertificateRequestView.class, id);
        assertThat(_get(H3.class, spec -> spec.withId("crt-step-title")).getText()).isEqualTo("送达");
        _click(_get(Button.class, spec -> spec.withId("crt-step-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("crt-delivered")).getText()).startsWith("窗口领取");
        assertThat(_get(Span.class, spec -> spec.withId("crt-status")).getText()).contains("已送达");
    }

    @Test
    void theInboxForwardsACertificateTaskToItsRequestPage() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        login(RequestFixtures.FRONT_DESK);

        UI.getCurrent().navigate(TaskView.class, fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"));

        assertThat(_get(CertificateRequestView.class)).isNotNull();
        assertThat(_get(H3.class, spec -> spec.withId("crt-step-title")).getText()).isEqualTo("核实");
    }

    @Test
    void anotherCommunitySeesOnlyTheRefusalAndUnmaskingIsAudited() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        login(RequestFixtures.OTHER_FRONT_DESK);
        UI.getCurrent().navigate(CertificateRequestView.class, submitted.id());
        assertThat(_get(Span.class, spec -> spec.withId("crt-refusal")).getText()).contains("无权查看");
        assertThat(_find(Span.class, spec -> spec.withId("crt-applicant"))).isEmpty();

        logout();
        login(RequestFixtures.DIRECTOR);
        UI.getCurrent().navigate(CertificateRequestView.class, submitted.id());
        assertThat(_get(Span.class, spec -> spec.withId("crt-applicant")).getText()).contains("330102********1236");
        _click(_get(Button.class, spec -> spec.withId("crt-unmask")));
        assertThat(_get(Span.class, spec -> spec.withId("crt-applicant")).getText())
                .contains(RequestFixtures.APPLICANT_ID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE action = ? AND target = ?",
                Integer.class, "certificate.personal-data.read", "certificate-request:" + submitted.requestNumber()))
                .isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterFindsARequestWithinTheScopeAndOpensIt() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.DOG));
        login(RequestFixtures.FRONT_DESK);
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("crt-register-search")), submitted.requestNumber());
        Grid<RequestRow> grid = _get(Grid.class, spec -> spec.withId("crt-register-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(GridKt._get(grid, 0).applicantName()).isEqualTo("张*");

        GridKt._clickItem(grid, 0);
        assertThat(_get(H3.class, spec -> spec.withText("不予出具"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("crt-notice"))).isNotNull();

        logout();
        login(RequestFixtures.OTHER_FRONT_DESK);
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("crt-register-search")), submitted.requestNumber());
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("crt-register-grid")))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiguresNameWhoAsksForRefusedCertificates() {
        fixtures.submit(fixtures.draft(RequestFixtures.DOG).demandedBy("云溪县物业管理中心"));
        login(RequestFixtures.CIVIL_REVIEWER);
        UI.getCurrent().navigate(FiguresView.class);

        Grid<org.tongban.certificate.CertificateFigures.RefusedDemand> refused =
                _get(Grid.class, spec -> spec.withId("crt-figures-refused"));
        assertThat(GridKt._findAll(refused)).anySatisfy(row -> {
            assertThat(row.certificateCode()).isEqualTo(RequestFixtures.DOG);
            assertThat(row.demandedBy()).anySatisfy(demander ->
                    assertThat(demander.name()).isEqualTo("云溪县物业管理中心"));
        });
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("crt-figures-months")))).isPositive();
    }

    private long requestIdOf(String number) {
        return jdbc.queryForObject("SELECT id FROM crt_request WHERE request_number = ?", Long.class, number);
    }
}

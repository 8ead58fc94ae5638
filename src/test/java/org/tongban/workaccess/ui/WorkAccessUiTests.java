package org.tongban.workaccess.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.inbox.TaskSummary;
import org.tongban.inbox.ui.InboxView;
import org.tongban.inbox.ui.TaskView;
import org.tongban.testing.UiTestBase;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequestRow;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.RequestQuery;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.ReviewDecision;
import org.tongban.workaccess.SubmittedRequest;
import org.tongban.workaccess.TargetScope;
import org.tongban.workaccess.TransferMethod;
import org.tongban.workaccess.WorkAccessFixtures;

/**
 * The request form with the service's refusals, the reviewer's step on the request page (and who sees no step, or
 * nothing), and dispatching from the page: through the gate to a community inbox, or refused and on screen.
 */
@Tag("db")
class WorkAccessUiTests extends UiTestBase {

    @Autowired
    AccessRequests requests;
    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;

    @Test
    void anEmptyFormIsRefusedInChineseAndCreatesNothing() {
        long before = requestCount();
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestFormView.class);

        _click(_get(Button.class, spec -> spec.withId("wa-submit")));

        assertThat(_get(RequestFormView.class)).as("stays on the form").isNotNull();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("请填写事项名称"));
        assertThat(_get(TextField.class, spec -> spec.withId("wa-title")).isInvalid()).isTrue();
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void anAmountThatIsNotANumberGetsItsOwnMessage() {
        long before = requestCount();
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestFormView.class);
        fillValidRequest(WorkAccessFixtures.DUTY);
        _setValue(_get(TextField.class, spec -> spec.withId("wa-amount")), "abc");

        _click(_get(Button.class, spec -> spec.withId("wa-submit")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("经费金额“abc”不是数字"));
        TextField amount = _get(TextField.class, spec -> spec.withId("wa-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("不是数字");
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void aListedDutyIsAdmittedAtOnceAndTheHandlerLandsOnItsPage() {
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestFormView.class);
        fillValidRequest(WorkAccessFixtures.DUTY);

        _click(_get(Button.class, spec -> spec.withId("wa-submit")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("ZRSQ-").contains("已准入")
                .contains("准入决定编号 ZR-"));
        assertThat(_get(RequestView.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("已准入");
        assertThat(_get(Span.class, spec -> spec.withId("wa-decision-number")).getText()).startsWith("ZR-");
        assertThat(_get(Span.class, spec -> spec.withId("wa-work-item")).getText()).startsWith("WI-D10 · ");
        assertThat(_get(Button.class, spec -> spec.withId("wa-dispatch")).isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewerFindsAnOutOfListRequestAndSupportsItForTheCounty() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null).title("社区养老服务需求摸底调查"));
        login(WorkAccessFixtures.REVIEWER);
        UI.getCurrent().navigate(RequestsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("wa-requests-search")), submitted.requestNumber());
        Grid<AccessRequestRow> grid = _get(Grid.class, spec -> spec.withId("wa-requests-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).departmentName()).isEqualTo("县民政局");
        GridKt._clickItem(grid, 0);

        assertThat(_get(Span.class, spec -> spec.withId("wa-number")).getText()).isEqualTo(submitted.requestNumber());
        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("民政审查中");
        assertThat(_get(H3.class, spec -> spec.withId("wa-action-title")).getText())
                .isEqualTo("民政审查");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("wa-review-decision")), ReviewDecision.SUPPORT);
        _setValue(_get(TextArea.class, spec -> spec.withId("wa-review-opinion")), "确属需要，建议报县级审定。");
        _click(_get(Button.class, spec -> spec.withId("wa-action-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("县级审定中");
        assertThat(_find(H3.class, spec -> spec.withId("wa-action-title")))
                .as("the county's step is not the reviewer's").isEmpty();
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(RequestStatus.COUNTY_APPROVAL);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCountyApprovesSupportedWorkAndItIsAdmittedWithANumber() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        String review = fixtures.taskId(submitted, RequestView.TASK_REVIEW);
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(review, ReviewDecision.SUPPORT, null, null));
        login(WorkAccessFixtures.COUNTY);
        UI.getCurrent().navigate(RequestView.class, submitted.id());
        assertThat(_get(H3.class, spec -> spec.withId("wa-action-title")).getText())
                .isEqualTo("县级审定");

        _click(_get(Button.class, spec -> spec.withId("wa-action-submit")));
        assertThat(notificationTexts()).as("no decision chosen").anySatisfy(text -> assertThat(text).contains("请选择"));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("wa-county-decision")), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withId("wa-action-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("已准入");
        assertThat(_get(Span.class, spec -> spec.withId("wa-decision-number")).getText()).startsWith("ZR-");
    }

    @Test
    void aReturnedRequestIsShownFilledInAndResubmittedForANewReview() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null).title("社区养老服务需求调查"));
        String review = fixtures.taskId(submitted, RequestView.TASK_REVIEW);
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(review, ReviewDecision.RETURN, null,
                "请补充调查问卷样表。"));
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestView.class, submitted.id());
        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("退回修改");
        TextField title = _get(TextField.class, spec -> spec.withId("wa-title"));
        assertThat(title.getValue()).isEqualTo("社区养老服务需求调查");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("wa-subdistricts")).getValue())
                .extracting(unit -> ((OrgUnitSummary) unit).code()).containsExactly("SD01");
        assertThat(_get(TextField.class, spec -> spec.withId("wa-amount")).getValue()).isEqualTo("5000");

        _setValue(title, "社区养老服务需求调查（附问卷样表）");
        _click(_get(Button.class, spec -> spec.withId("wa-resubmit")));

        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("民政审查中");
        assertThat(_get(Span.class, spec -> spec.withId("wa-title-text")).getText()).endsWith("（附问卷样表）");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("wa-actions"))).isEmpty();
    }

    @Test
    void theReviewerRevokesADecisionWithAReason() {
        SubmittedRequest decision = fixtures.admitted();
        login(WorkAccessFixtures.REVIEWER);
        UI.getCurrent().navigate(RequestView.class, decision.id());
        _click(_get(Button.class, spec -> spec.withId("wa-revoke")));
        _click(_get(Button.class, spec -> spec.withId("wa-revoke-confirm")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("撤销准入须说明理由"));

        _setValue(_get(TextArea.class, spec -> spec.withId("wa-revoke-reason")), "上级部署调整，工作取消。");
        _click(_get(Button.class, spec -> spec.withId("wa-revoke-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("准入已撤销");
        assertThat(_find(Button.class, spec -> spec.withId("wa-revoke"))).isEmpty();
    }

    @Test
    void theInboxOpensAReviewStepOnItsRequestPage() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        String taskId = fixtures.taskId(submitted, RequestView.TASK_REVIEW);
        login(WorkAccessFixtures.REVIEWER);

        UI.getCurrent().navigate(TaskView.class, taskId);

        assertThat(_get(RequestView.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("wa-number")).getText()).isEqualTo(submitted.requestNumber());
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("wa-review-decision"))).hasSize(1);
    }

    @Test
    void theDepartmentSeesNoStepAndACommunityIsRefused() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestView.class, submitted.id());
        assertThat(_get(Span.class, spec -> spec.withId("wa-status")).getText()).isEqualTo("民政审查中");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("wa-actions"))).isEmpty();

        logout();
        login(WorkAccessFixtures.COMMUNITY_STAFF);
        UI.getCurrent().navigate(RequestView.class, submitted.id());
        assertThat(_get(Span.class, spec -> spec.withId("wa-refusal")).getText()).contains("无权查看");
        assertThat(_find(Span.class, spec -> spec.withId("wa-number"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDispatchFromThePageReachesTheCommunityWhichReportsBack() {
        SubmittedRequest decision = fixtures.admitted();
        String title = "换届选举选民登记（页面派单）";
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestView.class, decision.id());
        _click(_get(Button.class, spec -> spec.withId("wa-dispatch")));
        MultiSelectComboBox<AccessRequestDetail.Community> communities =
                _get(MultiSelectComboBox.class, spec -> spec.withId("wa-dispatch-communities"));
        // Other tests may add communities to 城关街道: the scope is whatever it covers today.
        assertThat(communities.getValue()).as("every community in scope preselected")
                .containsExactlyInAnyOrderElementsOf(communities.getListDataView().getItems().toList())
                .extracting(AccessRequestDetail.Community::code).contains("CM001", "CM002").doesNotContain("CM003");
        fillDispatch(title, Set.of(new AccessRequestDetail.Community("CM001", "和平社区")));

        _click(_get(Button.class, spec -> spec.withId("wa-dispatch-send")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("已派单 PD-")
                .endsWith("到 1 个社区"));
        assertThat(_find(Span.class)).anySatisfy(span -> assertThat(span.getText()).contains(title));
        List<TaskSummary> tasks = signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> inbox.tasks(
                TaskFilter.all().withText(title), TaskSort.newestFirst(), 0, 10));
        assertThat(tasks).singleElement();

        logout();
        login(WorkAccessFixtures.COMMUNITY_STAFF);
        UI.getCurrent().navigate(TaskView.class, tasks.get(0).id());
        assertThat(_get(Span.class, spec -> spec.withId("wa-work-decision")).getText())
                .isEqualTo("准入决定 " + decision.decisionNumber());
        _setValue(_get(TextArea.class, spec -> spec.withId("wa-feedback")), "已完成选民登记 1,203 人");
        _click(_get(Button.class, spec -> spec.withId("wa-work-submit")));
        assertThat(_get(InboxView.class)).isNotNull();
        assertThat(taskService.createTaskQuery().taskId(tasks.get(0).id()).count()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDispatchOutsideTheScopeIsRefusedOnScreenAndCreatesNoTask() {
        SubmittedRequest decision = fixtures.admitted();
        long before = taskService.createTaskQuery().taskCandidateGroup("community:CM003").count();
        login(WorkAccessFixtures.HANDLER);
        UI.getCurrent().navigate(RequestView.class, decision.id());
        _click(_get(Button.class, spec -> spec.withId("wa-dispatch")));
        // The dialog offers only communities in scope; the gate, not the list, decides, as for a page opened before
        // a community moved to another subdistrict.
        fillDispatch("湖滨社区入户登记", Set.of(new AccessRequestDetail.Community("CM003", "湖滨社区")));

        _click(_get(Button.class, spec -> spec.withId("wa-dispatch-send")));

        Span refusal = _get(Span.class, spec -> spec.withId("wa-dispatch-refusal"));
        assertThat(refusal.getText()).contains("派单被拒绝").contains("湖滨社区").contains(decision.decisionNumber());
        assertThat(_get(Span.class, spec -> spec.withId("wa-sticky-error")).getText()).isEqualTo(refusal.getText());
        assertThat(taskService.createTaskQuery().taskCandidateGroup("community:CM003").count()).isEqualTo(before);
        assertThat(signIn.as(WorkAccessFixtures.HANDLER, () -> requests.detail(decision.id())).status())
                .isEqualTo(RequestStatus.ADMITTED);
    }

    /** Every field of a valid request of 民政局 for 城关街道, starting far enough ahead for the lead time. */
    @SuppressWarnings("unchecked")
    private void fillValidRequest(String itemCode) {
        _setValue(_get(TextField.class, spec -> spec.withId("wa-title")), "2026年度居民委员会换届选举组织工作");
        _setValue(_get(TextArea.class, spec -> spec.withId("wa-content")), "组织社区居民委员会换届选举，完成选民登记和投票。");
        _setValue(_get(TextArea.class, spec -> spec.withId("wa-legal-basis")), "《中华人民共和国城市居民委员会组织法》第八条");
        ComboBox<Object> item = _get(ComboBox.class, spec -> spec.withId("wa-item"));
        _setValue(item, item.getListDataView().getItems()
                .filter(choice -> item.getItemLabelGenerator().apply(choice).startsWith(itemCode + " · "))
                .findFirst().orElseThrow());
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("wa-scope")), TargetScope.SUBDISTRICTS);
        MultiSelectComboBox<OrgUnitSummary> subdistricts = _get(MultiSelectComboBox.class,
                spec -> spec.withId("wa-subdistricts"));
        _setValue(subdistricts, Set.of(subdistricts.getListDataView().getItems()
                .filter(unit -> unit.code().equals("SD01")).findFirst().orElseThrow()));
        LocalDate start = workingDays.plusWorkingDays(fixtures.today(), 31);
        _setValue(_get(DatePicker.class, spec -> spec.withId("wa-start")), start);
        _setValue(_get(DatePicker.class, spec -> spec.withId("wa-end")), start.plusDays(60));
        _setValue(_get(TextField.class, spec -> spec.withId("wa-hours")), "8");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("wa-funding")), Boolean.TRUE);
        _setValue(_get(TextField.class, spec -> spec.withId("wa-amount")), "5000");
        _setValue(_get(TextField.class, spec -> spec.withId("wa-funding-source")), "县财政专项资金");
        _setValue(_get(Select.class, spec -> spec.withId("wa-transfer")),
                TransferMethod.TRANSFER_TO_COMMUNITY);
        _setValue(_get(TextField.class, spec -> spec.withId("wa-contact-name")), "刘洋");
        _setValue(_get(TextField.class, spec -> spec.withId("wa-contact-phone")), "13800000007");
    }

    @SuppressWarnings("unchecked")
    private void fillDispatch(String title, Set<AccessRequestDetail.Community> targets) {
        _setValue(_get(TextField.class, spec -> spec.withId("wa-dispatch-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("wa-dispatch-instructions")), "请于期限内完成选民登记并反馈人数。");
        _setValue(_get(DatePicker.class, spec -> spec.withId("wa-dispatch-due")), fixtures.today().plusDays(20));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("wa-dispatch-communities")), targets);
    }

    private long requestCount() {
        return signIn.as(WorkAccessFixtures.HANDLER, () -> requests.count(RequestQuery.all()));
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", "")).toList();
    }
}

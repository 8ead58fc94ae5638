package org.tongban.workaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;
import org.tongban.workaccess.TwoWayEvaluations.EvaluationEntry;
import org.tongban.workaccess.TwoWayEvaluations.PendingEvaluation;

/**
 * 双向评价: opens the day after the decision's end date, for the communities that received its work and the
 * department that sent it; once per direction, scores 1–5, and only by the units concerned.
 */
@TongbanTest
@Tag("db")
class WorkAccessEvaluationTests {

    private static final String DEPARTMENT_REVIEWER = "sunli";
    private static final String OTHER_COMMUNITY_DIRECTOR = "zhaomin";

    @Autowired
    TwoWayEvaluations evaluations;
    @Autowired
    DispatchGate gate;
    @Autowired
    AccessRequests requests;
    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** An admitted decision of 民政局 whose work went to 和平社区 (CM001) only; still running. */
    private SubmittedRequest dispatchedToHeping() {
        SubmittedRequest decision = fixtures.admitted();
        signIn.as(WorkAccessFixtures.HANDLER, () -> gate.dispatch(new DispatchOrder(decision.decisionNumber(),
                "换届选举选民登记", "请完成本社区选民登记。", fixtures.today().plusDays(20), List.of("CM001"), List.of()),
                DispatchChannel.SCREEN));
        return decision;
    }

    /** The test suite has no clock to move: the decision's dates are moved instead, as if it had run its course. */
    private void endOn(SubmittedRequest decision, LocalDate endOn) {
        jdbc.update("update wa_request set start_on = ?, end_on = ? where id = ?", endOn.minusDays(60), endOn,
                decision.id());
    }

    private SubmittedRequest ended() {
        SubmittedRequest decision = dispatchedToHeping();
        endOn(decision, fixtures.today().minusDays(1));
        return decision;
    }

    private void rate(String user, SubmittedRequest decision, String community, EvaluationDirection direction,
                      int one, int two, int three, String comment) {
        signIn.as(user, () -> evaluations.rate(decision.id(), community, direction, one, two, three, comment));
    }

    private static void assertRefused(Runnable action, BusinessException.Kind kind, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, refused -> {
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    private List<PendingEvaluation> pending(String user, SubmittedRequest decision) {
        return signIn.as(user, () -> evaluations.pendingForMe()).stream()
                .filter(row -> row.requestId() == decision.id()).toList();
    }

    private long stored(SubmittedRequest decision) {
        return jdbc.queryForObject("select count(*) from wa_evaluation where request_id = ?", Long.class,
                decision.id());
    }

    private long denials(String actor) {
        return jdbc.queryForObject("""
                select count(*) from base_audit_event
                where action = 'workaccess.evaluate' and actor = ? and outcome = 'DENIED'""", Long.class, actor);
    }

    @Test
    void evaluationOpensOnlyAfterTheEndDate() {
        SubmittedRequest decision = dispatchedToHeping();
        assertThat(pending(WorkAccessFixtures.COMMUNITY_STAFF, decision)).isEmpty();
        assertRefused(() -> rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001",
                EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, 5, 4, 5, null),
                BusinessException.Kind.CONFLICT, "workaccess.evaluation.error.not-ended");

        endOn(decision, fixtures.today());
        assertRefused(() -> rate(WorkAccessFixtures.HANDLER, decision, "CM001",
                EvaluationDirection.DEPARTMENT_RATES_COMMUNITY, 5, 4, 5, null),
                BusinessException.Kind.CONFLICT, "workaccess.evaluation.error.not-ended");
        assertThat(stored(decision)).isZero();

        endOn(decision, fixtures.today().minusDays(1));
        assertThat(pending(WorkAccessFixtures.COMMUNITY_STAFF, decision)).singleElement().satisfies(row -> {
            assertThat(row.communityCode()).isEqualTo("CM001");
            assertThat(row.communityName()).isEqualTo("和平社区");
            assertThat(row.direction()).isEqualTo(EvaluationDirection.COMMUNITY_RATES_DEPARTMENT);
            assertThat(row.departmentName()).isEqualTo("县民政局");
            assertThat(row.decisionNumber()).isEqualTo(decision.decisionNumber());
        });
        assertThat(pending(WorkAccessFixtures.HANDLER, decision)).singleElement()
                .satisfies(row -> assertThat(row.direction()).isEqualTo(EvaluationDirection.DEPARTMENT_RATES_COMMUNITY));
        assertThat(pending(OTHER_COMMUNITY_DIRECTOR, decision)).as("光明社区 received no work").isEmpty();

        rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001", EvaluationDirection.COMMUNITY_RATES_DEPARTMENT,
                5, 2, 4, "  经费按时拨付，但报表较多。 ");
        rate(DEPARTMENT_REVIEWER, decision, "CM001", EvaluationDirection.DEPARTMENT_RATES_COMMUNITY, 4, 5, 5, null);

        assertThat(pending(WorkAccessFixtures.COMMUNITY_STAFF, decision)).isEmpty();
        assertThat(pending(WorkAccessFixtures.HANDLER, decision)).isEmpty();
        List<EvaluationEntry> entries = signIn.as(WorkAccessFixtures.REVIEWER, () -> evaluations.of(decision.id()));
        assertThat(entries).extracting(EvaluationEntry::direction).containsExactly(
                EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, EvaluationDirection.DEPARTMENT_RATES_COMMUNITY);
        assertThat(entries.get(0)).satisfies(entry -> {
            assertThat(List.of(entry.scoreOne(), entry.scoreTwo(), entry.scoreThree())).containsExactly(5, 2, 4);
            assertThat(entry.comment()).isEqualTo("经费按时拨付，但报表较多。");
            assertThat(entry.ratedBy()).isEqualTo("王芳");
        });
        assertThat(signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> evaluations.submittedByMyUnits()))
                .anyMatch(entry -> entry.requestId() == decision.id()
                        && entry.direction() == EvaluationDirection.COMMUNITY_RATES_DEPARTMENT);
        assertThat(signIn.as(WorkAccessFixtures.HANDLER, () -> evaluations.submittedByMyUnits()))
                .as("a colleague's rating is the department's")
                .anyMatch(entry -> entry.requestId() == decision.id()
                        && entry.direction() == EvaluationDirection.DEPARTMENT_RATES_COMMUNITY);
    }

    @Test
    void eachDirectionIsRatedOnceAndNeverChanged() {
        SubmittedRequest decision = ended();
        rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001", EvaluationDirection.COMMUNITY_RATES_DEPARTMENT,
                3, 3, 3, null);
        // A colleague of the same community, and the same person again: both refused, the first rating stands.
        assertRefused(() -> rate("zhangwei", decision, "CM001", EvaluationDirection.COMMUNITY_RATES_DEPARTMENT,
                5, 5, 5, null), BusinessException.Kind.CONFLICT, "workaccess.evaluation.error.already-rated");
        assertRefused(() -> rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001",
                EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, 1, 1, 1, null),
                BusinessException.Kind.CONFLICT, "workaccess.evaluation.error.already-rated");
        rate(WorkAccessFixtures.HANDLER, decision, "CM001", EvaluationDirection.DEPARTMENT_RATES_COMMUNITY,
                5, 5, 5, null);
        assertRefused(() -> rate(DEPARTMENT_REVIEWER, decision, "CM001", EvaluationDirection.DEPARTMENT_RATES_COMMUNITY,
                1, 1, 1, null), BusinessException.Kind.CONFLICT, "workaccess.evaluation.error.already-rated");
        assertThat(jdbc.queryForList("select score_one from wa_evaluation where request_id = ? order by direction",
                Integer.class, decision.id())).containsExactly(3, 5);
    }

    @Test
    void scoresAreOneToFiveAndTheCommentAtMostFiveHundred() {
        SubmittedRequest decision = ended();
        for (int[] scores : new int[][] {{0, 3, 3}, {3, 6, 3}, {3, 3, -1}}) {
            assertRefused(() -> rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001",
                    EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, scores[0], scores[1], scores[2], null),
                    BusinessException.Kind.INVALID, "workaccess.evaluation.error.score");
        }
        assertRefused(() -> rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001",
                EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, 1, 5, 3, "评".repeat(501)),
                BusinessException.Kind.INVALID, "workaccess.evaluation.error.comment-too-long");
        assertThat(stored(decision)).isZero();
        rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001", EvaluationDirection.COMMUNITY_RATES_DEPARTMENT,
                1, 5, 3, "评".repeat(500));
        assertThat(stored(decision)).isOne();
    }

    @Test
    void onlyTheCommunityAndTheRequestingDepartmentMayRate() {
        SubmittedRequest decision = ended();
        long denied = denials(WorkAccessFixtures.OTHER_COMMUNITY_STAFF);
        // 光明社区's staff cannot rate on behalf of 和平社区.
        assertRefused(() -> rate(WorkAccessFixtures.OTHER_COMMUNITY_STAFF, decision, "CM001",
                EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, 5, 5, 5, null),
                BusinessException.Kind.FORBIDDEN, "workaccess.evaluation.error.not-community");
        assertThat(denials(WorkAccessFixtures.OTHER_COMMUNITY_STAFF)).isEqualTo(denied + 1);
        // Community staff cannot rate their own community as if they were the department.
        assertRefused(() -> rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001",
                EvaluationDirection.DEPARTMENT_RATES_COMMUNITY, 5, 5, 5, null),
                BusinessException.Kind.FORBIDDEN, "workaccess.evaluation.error.not-department");
        // Another department's handler, and 民政's civil-affairs reviewer (who decided, not asked for, the work).
        assertRefused(() -> rate(WorkAccessFixtures.OTHER_HANDLER, decision, "CM001",
                EvaluationDirection.DEPARTMENT_RATES_COMMUNITY, 1, 1, 1, null),
                BusinessException.Kind.FORBIDDEN, "workaccess.evaluation.error.not-department");
        assertRefused(() -> rate(WorkAccessFixtures.REVIEWER, decision, "CM001",
                EvaluationDirection.DEPARTMENT_RATES_COMMUNITY, 1, 1, 1, null),
                BusinessException.Kind.FORBIDDEN, "workaccess.evaluation.error.not-department");
        // 光明社区 is in the decision's scope but received no work under it: nothing to rate either way.
        assertRefused(() -> rate(OTHER_COMMUNITY_DIRECTOR, decision, "CM002",
                EvaluationDirection.COMMUNITY_RATES_DEPARTMENT, 5, 5, 5, null),
                BusinessException.Kind.INVALID, "workaccess.evaluation.error.no-work");
        assertRefused(() -> rate(WorkAccessFixtures.HANDLER, decision, "CM002",
                EvaluationDirection.DEPARTMENT_RATES_COMMUNITY, 5, 5, 5, null),
                BusinessException.Kind.INVALID, "workaccess.evaluation.error.no-work");
        assertThat(stored(decision)).isZero();
        // The request page's list has the request's scope: another department may not read it.
        assertRefused(() -> signIn.as(WorkAccessFixtures.OTHER_HANDLER, () -> evaluations.of(decision.id())),
                BusinessException.Kind.FORBIDDEN, "workaccess.error.request-forbidden");
    }

    @Test
    void aRevokedDecisionIsRatedLikeAnAdmittedOne() {
        SubmittedRequest decision = dispatchedToHeping();
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.revoke(decision.id(), "工作已按要求提前完成"));
        endOn(decision, fixtures.today().minusDays(3));
        assertThat(pending(WorkAccessFixtures.COMMUNITY_STAFF, decision)).hasSize(1);
        rate(WorkAccessFixtures.COMMUNITY_STAFF, decision, "CM001", EvaluationDirection.COMMUNITY_RATES_DEPARTMENT,
                4, 4, 4, null);
        assertThat(stored(decision)).isOne();
    }
}

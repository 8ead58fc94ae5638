package org.tongban.purchasedservice.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Projects by id and number; the row lock serialises two steps racing on one project. */
interface ServiceProjectsRepository extends JpaRepository<ServiceProject, Long>, JpaSpecificationExecutor<ServiceProject> {

    Optional<ServiceProject> findByProjectNumber(String projectNumber);

    List<ServiceProject> findByEvaluationGradeIsNotNullAndIdInOrderByGradedAtDesc(java.util.Collection<Long> ids);

    List<ServiceProject> findByStatusAndBidDeadlineAfterOrderByBidDeadlineAsc(
            org.tongban.purchasedservice.ProjectStatus status, java.time.LocalDateTime after);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ServiceProject p where p.id = ?1")
    Optional<ServiceProject> lockById(Long id);

    /** Notices still open at {@code now} or published since {@code since}, latest deadline first. */
    @Query("select p from ServiceProject p where p.noticePublishedAt is not null and (p.bidDeadline > ?1"
            + " or p.noticePublishedAt >= ?2) order by p.bidDeadline desc, p.id desc")
    List<ServiceProject> publishedSince(java.time.LocalDateTime now, java.time.LocalDateTime since,
                                        org.springframework.data.domain.Pageable page);
}

interface BudgetLinesRepository extends JpaRepository<BudgetLine, Long> {

    Optional<BudgetLine> findByCode(String code);

    boolean existsByCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BudgetLine b where b.id = ?1")
    Optional<BudgetLine> lockById(Long id);

    List<BudgetLine> findByDepartmentCodeInAndYearInOrderByCode(List<String> departments, List<Integer> years);

    List<BudgetLine> findByYearOrderByDepartmentCodeAscCodeAsc(int year);

    List<BudgetLine> findAllByOrderByYearDescDepartmentCodeAscCodeAsc();
}

interface NoticeCriteria extends JpaRepository<NoticeCriterion, Long> {

    List<NoticeCriterion> findByProjectIdOrderByPosition(Long projectId);
}

interface Proposals extends JpaRepository<Proposal, Long> {

    boolean existsByRequestNumber(String requestNumber);

    List<Proposal> findByDepartmentCodeInAndProjectIdIsNullOrderByReceivedAtDesc(List<String> departments);
}

interface BidsRepository extends JpaRepository<Bid, Long> {

    Optional<Bid> findByProjectIdAndProviderCode(Long projectId, String providerCode);

    List<Bid> findByProjectIdOrderBySubmittedAtAscIdAsc(Long projectId);

    List<Bid> findByProviderCodeOrderBySubmittedAtDescIdDesc(String providerCode);

    long countByProjectIdAndWithdrawnAtIsNull(Long projectId);

    List<Bid> findByProviderCodeAndProjectIdIn(String providerCode, java.util.Collection<Long> projectIds);
}

interface BidFiles extends JpaRepository<BidFile, Long> {

    List<BidFile> findByBidIdOrderById(Long bidId);

    List<BidFile> findByBidIdInOrderById(java.util.Collection<Long> bidIds);

    void deleteByBidId(Long bidId);
}

interface PanelMembers extends JpaRepository<PanelMember, Long> {

    List<PanelMember> findByProjectIdOrderBySelectionRoundAscIdAsc(Long projectId);

    List<PanelMember> findByProjectIdAndSelectionRound(Long projectId, int round);

    Optional<PanelMember> findByProjectIdAndSelectionRoundAndEvaluator(Long projectId, int round, String evaluator);

    boolean existsByProjectIdAndEvaluator(Long projectId, String evaluator);
}

interface Scores extends JpaRepository<Score, Long> {

    List<Score> findByMemberId(Long memberId);

    List<Score> findByMemberIdIn(java.util.Collection<Long> memberIds);
}

interface Objections extends JpaRepository<Objection, Long> {

    List<Objection> findByProjectIdOrderByRaisedAtAscIdAsc(Long projectId);

    List<Objection> findByProjectIdAndSelectionRoundAndUpheldIsNull(Long projectId, int round);

    Optional<Objection> findByProjectIdAndSelectionRoundAndBidId(Long projectId, int round, Long bidId);
}

interface Contracts extends JpaRepository<Contract, Long> {

    Optional<Contract> findByProjectId(Long projectId);

    List<Contract> findByProviderCodeOrderByRecordedAtDesc(String providerCode);
}

interface Milestones extends JpaRepository<Milestone, Long> {

    List<Milestone> findByProjectIdOrderByPosition(Long projectId);
}

interface MilestoneFiles extends JpaRepository<MilestoneFile, Long> {

    List<MilestoneFile> findByMilestoneIdInOrderById(java.util.Collection<Long> milestoneIds);
}

interface Acceptances extends JpaRepository<Acceptance, Long> {

    List<Acceptance> findByProjectIdOrderByAttempt(Long projectId);
}

interface ChangeRequests extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectIdOrderByRequestedAtAscIdAsc(Long projectId);

    boolean existsByProjectIdAndApprovedIsNull(Long projectId);
}

interface EvaluationAssignments extends JpaRepository<EvaluationAssignment, Long> {

    List<EvaluationAssignment> findByProjectIdOrderById(Long projectId);

    Optional<EvaluationAssignment> findByProjectIdAndEvaluator(Long projectId, String evaluator);

    boolean existsByProjectIdAndEvaluator(Long projectId, String evaluator);
}

interface IndicatorScores extends JpaRepository<IndicatorScore, Long> {

    List<IndicatorScore> findByEvaluatorId(Long evaluatorId);

    List<IndicatorScore> findByEvaluatorIdIn(java.util.Collection<Long> evaluatorIds);
}

interface PublicReviews extends JpaRepository<PublicReview, Long> {

    List<PublicReview> findByProjectIdOrderByHeldOn(Long projectId);
}

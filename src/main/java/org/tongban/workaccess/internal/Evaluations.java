package org.tongban.workaccess.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tongban.workaccess.EvaluationDirection;
import org.tongban.workaccess.RequestStatus;

/**
 * Evaluations, and the (request, community) pairs that are owed one. A pair exists where work was dispatched to the
 * community under the request: the dispatch targets, not the decision's scope, say who actually did the work.
 */
interface Evaluations extends JpaRepository<Evaluation, Long> {

    boolean existsByRequestIdAndCommunityCodeAndDirection(Long requestId, String communityCode,
                                                          EvaluationDirection direction);

    List<Evaluation> findByRequestIdOrderByRatedAtAscIdAsc(Long requestId);

    List<Evaluation> findByCommunityCodeInAndDirectionOrderByRatedAtDescIdDesc(Collection<String> communityCodes,
                                                                               EvaluationDirection direction);

    @Query("""
            select e from Evaluation e, AccessRequest r
            where r.id = e.requestId and r.departmentCode in ?1 and e.direction = ?2
            order by e.ratedAt desc, e.id desc""")
    List<Evaluation> ratedByDepartments(Collection<String> departmentCodes, EvaluationDirection direction);

    @Query("""
            select count(t) from Dispatch d, DispatchTarget t
            where t.dispatchId = d.id and d.requestId = ?1 and t.communityCode = ?2""")
    long dispatchedTo(Long requestId, String communityCode);

    /** Pairs of decisions ended before {@code today} and the given communities, not yet rated in {@code direction}. */
    @Query("""
            select distinct r.id as requestId, t.communityCode as communityCode
            from AccessRequest r, Dispatch d, DispatchTarget t
            where d.requestId = r.id and t.dispatchId = d.id
              and r.status in ?1 and r.endOn < ?2 and t.communityCode in ?3
              and not exists (select e.id from Evaluation e
                              where e.requestId = r.id and e.communityCode = t.communityCode and e.direction = ?4)""")
    List<Owed> owedByCommunities(Collection<RequestStatus> statuses, LocalDate today,
                                 Collection<String> communityCodes, EvaluationDirection direction);

    /** Pairs of the departments' decisions ended before {@code today}, not yet rated in {@code direction}. */
    @Query("""
            select distinct r.id as requestId, t.communityCode as communityCode
            from AccessRequest r, Dispatch d, DispatchTarget t
            where d.requestId = r.id and t.dispatchId = d.id
              and r.status in ?1 and r.endOn < ?2 and r.departmentCode in ?3
              and not exists (select e.id from Evaluation e
                              where e.requestId = r.id and e.communityCode = t.communityCode and e.direction = ?4)""")
    List<Owed> owedByDepartments(Collection<RequestStatus> statuses, LocalDate today,
                                 Collection<String> departmentCodes, EvaluationDirection direction);

    /** A request and a community that did work under it. */
    interface Owed {

        Long getRequestId();

        String getCommunityCode();
    }
}

package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.workaccess.EvaluationDirection;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.TwoWayEvaluations;

/**
 * 双向评价. A community rates through any of its staff; a department through its handlers or reviewers only, the
 * people who asked for and followed the work. The evaluation opens the day after the decision's end date, so the
 * work is judged as done, and a revoked decision is rated like an admitted one: the work was done until then.
 */
@Service
@Transactional
class EvaluationService implements TwoWayEvaluations {

    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 5;
    static final int MAX_COMMENT = 500;
    private static final List<RequestStatus> RATED_STATUSES = List.of(RequestStatus.ADMITTED, RequestStatus.REVOKED);
    private static final Set<String> DEPARTMENT_RATERS = Set.of(Roles.DEPARTMENT_HANDLER, Roles.DEPARTMENT_REVIEWER);

    private final Evaluations evaluations;
    private final AccessRequestsRepository requests;
    private final AccessScope scope;
    private final CurrentStaff currentStaff;
    private final Directory directory;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Conflicts conflicts = new Conflicts("workaccess.evaluation.error.already-rated");

    EvaluationService(Evaluations evaluations, AccessRequestsRepository requests, AccessScope scope,
                      CurrentStaff currentStaff, Directory directory, AuditTrail auditTrail, Clock clock) {
        this.evaluations = evaluations;
        this.requests = requests;
        this.scope = scope;
        this.currentStaff = currentStaff;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingEvaluation> pendingForMe() {
        StaffPrincipal me = currentStaff.require();
        LocalDate today = LocalDate.now(clock);
        List<Pending> owed = new ArrayList<>();
        Set<String> communities = communitiesOf(me);
        if (!communities.isEmpty()) {
            evaluations.owedByCommunities(RATED_STATUSES, today, communities,
                            EvaluationDirection.COMMUNITY_RATES_DEPARTMENT)
                    .forEach(pair -> owed.add(new Pending(pair, EvaluationDirection.COMMUNITY_RATES_DEPARTMENT)));
        }
        Set<String> departments = ratingDepartmentsOf(me);
        if (!departments.isEmpty()) {
            evaluations.owedByDepartments(RATED_STATUSES, today, departments,
                            EvaluationDirection.DEPARTMENT_RATES_COMMUNITY)
                    .forEach(pair -> owed.add(new Pending(pair, EvaluationDirection.DEPARTMENT_RATES_COMMUNITY)));
        }
        Map<Long, AccessRequest> byId = requestsById(owed.stream().map(pending -> pending.pair().getRequestId())
                .collect(Collectors.toSet()));
        Map<String, String> names = communityNames();
        return owed.stream().map(pending -> {
            AccessRequest request = byId.get(pending.pair().getRequestId());
            String community = pending.pair().getCommunityCode();
            return new PendingEvaluation(request.id(), request.requestNumber(), request.decisionNumber(),
                    request.title(), request.departmentCode(), request.departmentName(), community,
                    names.getOrDefault(community, community), pending.direction(), request.startOn(),
                    request.endOn());
        }).sorted(Comparator.comparing(PendingEvaluation::endOn).thenComparing(PendingEvaluation::requestId)
                .thenComparing(PendingEvaluation::direction).thenComparing(PendingEvaluation::communityCode)).toList();
    }

    @Override
    public void rate(long requestId, String communityCode, EvaluationDirection direction, int scoreOne, int scoreTwo,
                     int scoreThree, String comment) {
        StaffPrincipal me = currentStaff.require();
        if (direction == null || communityCode == null || communityCode.isBlank()) {
            throw BusinessException.invalid("error.invalid-request");
        }
        String community = communityCode.strip();
        AccessRequest request = requests.findById(requestId)
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        String target = "request:" + request.requestNumber() + "/community:" + community;
        if (!mayRate(me, request, community, direction)) {
            auditTrail.denied("workaccess.evaluate", target, direction + ": not a rater of this unit");
            throw BusinessException.forbidden(direction == EvaluationDirection.COMMUNITY_RATES_DEPARTMENT
                    ? "workaccess.evaluation.error.not-community" : "workaccess.evaluation.error.not-department");
        }
        if (!RATED_STATUSES.contains(request.status()) || evaluations.dispatchedTo(request.id(), community) == 0) {
            throw BusinessException.invalid("workaccess.evaluation.error.no-work",
                    directory.findUnit(community).map(OrgUnitSummary::name).orElse(community));
        }
        if (!request.endOn().isBefore(LocalDate.now(clock))) {
            throw BusinessException.conflict("workaccess.evaluation.error.not-ended", request.endOn());
        }
        for (int score : new int[] {scoreOne, scoreTwo, scoreThree}) {
            if (score < MIN_SCORE || score > MAX_SCORE) {
                throw BusinessException.invalid("workaccess.evaluation.error.score", MIN_SCORE, MAX_SCORE);
            }
        }
        String text = RequestRules.trimToNull(comment);
        if (text != null && text.length() > MAX_COMMENT) {
            throw BusinessException.invalid("workaccess.evaluation.error.comment-too-long", MAX_COMMENT);
        }
        if (evaluations.existsByRequestIdAndCommunityCodeAndDirection(request.id(), community, direction)) {
            throw BusinessException.conflict(conflicts.staleKey());
        }
        evaluations.save(new Evaluation(request.id(), community, direction, scoreOne, scoreTwo, scoreThree, text,
                me.getUsername(), LocalDateTime.now(clock)));
        // Two raters of one unit at once: the unique key lets one in, the other gets the same message.
        conflicts.flush(evaluations, conflicts.staleKey());
        auditTrail.allowed("workaccess.evaluate", target, direction + " " + scoreOne + "/" + scoreTwo + "/"
                + scoreThree);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationEntry> of(long requestId) {
        StaffPrincipal me = currentStaff.require();
        AccessRequest request = requests.findById(requestId)
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        if (!scope.sees(me, request)) {
            auditTrail.denied("workaccess.evaluations", "request:" + request.requestNumber(), "outside data scope");
            throw BusinessException.forbidden("workaccess.error.request-forbidden");
        }
        return entries(evaluations.findByRequestIdOrderByRatedAtAscIdAsc(request.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationEntry> submittedByMyUnits() {
        StaffPrincipal me = currentStaff.require();
        List<Evaluation> found = new ArrayList<>();
        Set<String> communities = communitiesOf(me);
        if (!communities.isEmpty()) {
            found.addAll(evaluations.findByCommunityCodeInAndDirectionOrderByRatedAtDescIdDesc(communities,
                    EvaluationDirection.COMMUNITY_RATES_DEPARTMENT));
        }
        Set<String> departments = ratingDepartmentsOf(me);
        if (!departments.isEmpty()) {
            found.addAll(evaluations.ratedByDepartments(departments, EvaluationDirection.DEPARTMENT_RATES_COMMUNITY));
        }
        found.sort(Comparator.comparing(Evaluation::ratedAt).thenComparing(Evaluation::id).reversed());
        return entries(found);
    }

    /** The community itself rates its department; the department's handlers and reviewers rate the community. */
    private boolean mayRate(StaffPrincipal me, AccessRequest request, String community, EvaluationDirection direction) {
        return switch (direction) {
            case COMMUNITY_RATES_DEPARTMENT -> communitiesOf(me).contains(community);
            case DEPARTMENT_RATES_COMMUNITY -> ratingDepartmentsOf(me).contains(request.departmentCode());
        };
    }

    private static Set<String> communitiesOf(StaffPrincipal me) {
        return me.groups().stream().map(CandidateGroups::parse).flatMap(Optional::stream)
                .filter(group -> group.unitKind() == OrgUnitKind.COMMUNITY && group.roleCode() == null)
                .map(CandidateGroups.Group::unitCode).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ratingDepartmentsOf(StaffPrincipal me) {
        return me.groups().stream().map(CandidateGroups::parse).flatMap(Optional::stream)
                .filter(group -> group.unitKind() == OrgUnitKind.DEPARTMENT && group.roleCode() != null
                        && DEPARTMENT_RATERS.contains(group.roleCode()))
                .map(CandidateGroups.Group::unitCode).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<EvaluationEntry> entries(List<Evaluation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, AccessRequest> byId = requestsById(found.stream().map(Evaluation::requestId)
                .collect(Collectors.toSet()));
        Map<String, String> names = communityNames();
        Map<String, String> raters = directory.displayNames(found.stream().map(Evaluation::ratedBy)
                .collect(Collectors.toSet()));
        return found.stream().map(evaluation -> {
            AccessRequest request = byId.get(evaluation.requestId());
            return new EvaluationEntry(request.id(), request.decisionNumber(), request.title(),
                    request.departmentName(), evaluation.communityCode(),
                    names.getOrDefault(evaluation.communityCode(), evaluation.communityCode()),
                    evaluation.direction(), evaluation.scoreOne(), evaluation.scoreTwo(), evaluation.scoreThree(),
                    evaluation.comment(), raters.getOrDefault(evaluation.ratedBy(), evaluation.ratedBy()),
                    evaluation.ratedAt());
        }).toList();
    }

    private Map<Long, AccessRequest> requestsById(Set<Long> ids) {
        return requests.findAllById(ids).stream().collect(Collectors.toMap(AccessRequest::id, Function.identity()));
    }

    private Map<String, String> communityNames() {
        Map<String, String> names = new HashMap<>();
        directory.units(OrgUnitKind.COMMUNITY).forEach(unit -> names.put(unit.code(), unit.name()));
        return names;
    }

    private record Pending(Evaluations.Owed pair, EvaluationDirection direction) {
    }
}

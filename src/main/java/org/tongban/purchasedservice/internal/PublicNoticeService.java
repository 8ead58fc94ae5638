package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.purchasedservice.Circumstance;
import org.tongban.purchasedservice.PublicNotices;
import org.tongban.purchasedservice.PublicNotices.Commitment;
import org.tongban.purchasedservice.PublicNotices.Result;
import org.tongban.purchasedservice.PublicNotices.Review;

/** The published notices, for anyone: open ones first by the nearest deadline, then those of the past year. */
@Service
@Transactional(readOnly = true)
class PublicNoticeService implements PublicNotices {

    /** More than a county publishes in a year; the page stays small whatever the table holds. */
    private static final int LIST_MAX = 200;

    private final ServiceProjectsRepository projects;
    private final ProjectDetails details;
    private final BidsRepository bids;
    private final Contracts contracts;
    private final Acceptances acceptances;
    private final PublicReviews reviews;
    private final Clock clock;

    PublicNoticeService(ServiceProjectsRepository projects, ProjectDetails details, BidsRepository bids,
                        Contracts contracts, Acceptances acceptances, PublicReviews reviews, Clock clock) {
        this.projects = projects;
        this.details = details;
        this.bids = bids;
        this.contracts = contracts;
        this.acceptances = acceptances;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public List<PublicNotice> notices() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PublicNotice> found = projects.publishedSince(now, now.minusYears(1), PageRequest.of(0, LIST_MAX))
                .stream().map(project -> notice(project, now, List.of())).toList();
        List<PublicNotice> open = found.stream().filter(PublicNotice::open)
                .sorted(Comparator.comparing(PublicNotice::deadline)).toList();
        List<PublicNotice> closed = found.stream().filter(notice -> !notice.open())
                .sorted(Comparator.comparing(PublicNotice::publishedAt).reversed()).toList();
        return java.util.stream.Stream.concat(open.stream(), closed.stream()).toList();
    }

    @Override
    public Optional<PublicNotice> notice(String projectNumber) {
        if (projectNumber == null || projectNumber.isBlank() || projectNumber.length() > 40) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return projects.findByProjectNumber(projectNumber.strip().toUpperCase(Locale.ROOT))
                .filter(project -> project.noticePublishedAt() != null)
                .map(project -> withLaterStages(notice(project, now, details.criteriaOf(project.id())), project));
    }

    /** The result once published, the last acceptance, and a public-commitment project's reviews. */
    private PublicNotice withLaterStages(PublicNotice notice, ServiceProject project) {
        Result result = project.resultPublishedAt() == null || project.winnerBidId() == null ? null
                : bids.findById(project.winnerBidId()).map(bid -> new Result(bid.providerName(), bid.price(),
                        project.resultPublishedAt(), project.objectionDeadline())).orElse(null);
        List<org.tongban.purchasedservice.internal.Acceptance> attempts =
                acceptances.findByProjectIdOrderByAttempt(project.id());
        PublicNotices.Acceptance acceptance = attempts.isEmpty() ? null : accepted(attempts.get(attempts.size() - 1));
        Commitment commitment = !project.publicCommitment() ? null : new Commitment(project.departmentName(),
                contracts.findByProjectId(project.id()).map(Contract::effectiveEndOn).orElse(null),
                reviews.findByProjectIdOrderByHeldOn(project.id()).stream().map(review -> new Review(review.heldOn(),
                        review.participants(), review.opinions(), review.response())).toList());
        return new PublicNotice(notice.projectNumber(), notice.title(), notice.departmentName(),
                notice.budgetAmount(), notice.method(), notice.targetGroup(), notice.content(), notice.outputs(),
                notice.durationMonths(), notice.requirements(), notice.criteria(), notice.singleSourceReason(),
                notice.publishedAt(), notice.deadline(), notice.contact(), notice.open(), result, acceptance,
                commitment);
    }

    private static PublicNotices.Acceptance accepted(org.tongban.purchasedservice.internal.Acceptance attempt) {
        return new PublicNotices.Acceptance(attempt.passed(), attempt.acceptedAt(), attempt.surveyResponses(),
                DeliveryService.satisfaction(attempt), attempt.representatives(), attempt.findings());
    }

    private static PublicNotice notice(ServiceProject project, LocalDateTime now,
                                       List<org.tongban.purchasedservice.NoticeDraft.Criterion> criteria) {
        return new PublicNotice(project.projectNumber(), project.title(), project.departmentName(),
                project.budgetAmount(), project.method(), project.targetGroup(), project.content(), project.outputs(),
                project.durationMonths(), project.requirements(), criteria,
                project.circumstance() == Circumstance.SINGLE_SOURCE ? project.justification() : null,
                project.noticePublishedAt(), project.bidDeadline(), project.contact(),
                project.bidDeadline().isAfter(now), null, null, null);
    }
}

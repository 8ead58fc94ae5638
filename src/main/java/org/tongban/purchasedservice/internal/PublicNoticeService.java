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

/** The published notices, for anyone: open ones first by the nearest deadline, then those of the past year. */
@Service
@Transactional(readOnly = true)
class PublicNoticeService implements PublicNotices {

    /** More than a county publishes in a year; the page stays small whatever the table holds. */
    private static final int LIST_MAX = 200;

    private final ServiceProjectsRepository projects;
    private final ProjectDetails details;
    private final Clock clock;

    PublicNoticeService(ServiceProjectsRepository projects, ProjectDetails details, Clock clock) {
        this.projects = projects;
        this.details = details;
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
                .map(project -> notice(project, now, details.criteriaOf(project.id())));
    }

    private static PublicNotice notice(ServiceProject project, LocalDateTime now,
                                       List<org.tongban.purchasedservice.NoticeDraft.Criterion> criteria) {
        return new PublicNotice(project.projectNumber(), project.title(), project.departmentName(),
                project.budgetAmount(), project.method(), project.targetGroup(), project.content(), project.outputs(),
                project.durationMonths(), project.requirements(), criteria,
                project.circumstance() == Circumstance.SINGLE_SOURCE ? project.justification() : null,
                project.noticePublishedAt(), project.bidDeadline(), project.contact(),
                project.bidDeadline().isAfter(now));
    }
}

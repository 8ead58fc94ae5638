package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.Directory;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.ProjectDetail;
import org.tongban.purchasedservice.ProjectStatus;

/** Assembles what staff see of a project and of a budget line, with people's display names. */
@Component
class ProjectDetails {

    private final BudgetLinesRepository budgetLines;
    private final NoticeCriteria criteria;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final Clock clock;

    ProjectDetails(BudgetLinesRepository budgetLines, NoticeCriteria criteria, Directory directory,
                   WorkingDays workingDays, Clock clock) {
        this.budgetLines = budgetLines;
        this.criteria = criteria;
        this.directory = directory;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The first day a notice published {@code today} may close: the method's period, in working or calendar days. */
    LocalDate earliestDeadline(ServiceProject project, LocalDate today) {
        if (project.noticeDays() == null) {
            return null;
        }
        return Boolean.TRUE.equals(project.noticeWorkingDays())
                ? workingDays.plusWorkingDays(today, project.noticeDays()) : today.plusDays(project.noticeDays());
    }

    ProjectDetail assemble(ServiceProject project) {
        List<String> people = project.budgetDecidedBy() == null ? List.of(project.manager())
                : List.of(project.manager(), project.budgetDecidedBy());
        Map<String, String> names = directory.displayNames(people);
        BudgetLineEntry line = budgetLines.findById(project.budgetLineId()).map(this::entry).orElse(null);
        ProjectDetail.Decision decision = project.budgetDecidedAt() == null ? null
                : new ProjectDetail.Decision(names.getOrDefault(project.budgetDecidedBy(), project.budgetDecidedBy()),
                        project.budgetDecidedAt(), project.budgetComment());
        return new ProjectDetail(project.id(), project.projectNumber(), project.departmentCode(),
                project.departmentName(), names.getOrDefault(project.manager(), project.manager()), project.title(),
                project.need(), project.targetGroup(), project.content(), project.outputs(), project.outcomes(),
                project.budgetAmount(), line, project.durationMonths(), project.circumstance(),
                project.justification(), project.publicCommitment(), project.originRequestNumber(), project.status(),
                project.createdAt(), decision, project.method(), project.methodRule(), project.methodRuleText(),
                project.noticeDays(), project.noticeWorkingDays(),
                project.status() == ProjectStatus.TO_PUBLISH ? earliestDeadline(project, LocalDate.now(clock)) : null,
                project.noticePublishedAt(), project.bidDeadline(),
                project.requirements(), project.contact(), criteriaOf(project.id()), project.withdrawnReason(),
                project.processInstanceId());
    }

    List<NoticeDraft.Criterion> criteriaOf(Long projectId) {
        return criteria.findByProjectIdOrderByPosition(projectId).stream()
                .map(criterion -> new NoticeDraft.Criterion(criterion.name(), criterion.description(),
                        criterion.weight()))
                .toList();
    }

    BudgetLineEntry entry(BudgetLine line) {
        String department = directory.findUnit(line.departmentCode()).map(unit -> unit.name())
                .orElse(line.departmentCode());
        return new BudgetLineEntry(line.id(), line.code(), line.departmentCode(), department, line.year(), line.name(),
                line.amount(), line.committed(), directory.displayNames(List.of(line.changedBy()))
                        .getOrDefault(line.changedBy(), line.changedBy()),
                line.changedAt(), line.changeReason(), line.version() == null ? 0 : line.version());
    }
}

package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.OffsetPageRequest;
import org.tongban.base.SequenceNumbers;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.TaskDetail;
import org.tongban.purchasedservice.BudgetDecision;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.ProjectDetail;
import org.tongban.purchasedservice.ProjectDraft;
import org.tongban.purchasedservice.ProjectQuery;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ProjectRow;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ProjectStep;
import org.tongban.purchasedservice.ProposalEntry;
import org.tongban.purchasedservice.ServiceProjects;

/**
 * The staff's side of purchased-service projects: validates every input before anything is written, checks the
 * caller's scope, and moves the project, its budget line and the process in one transaction.
 */
@Service
@Transactional
class ServiceProjectService implements ServiceProjects {

    private final ServiceProjectsRepository projects;
    private final BudgetLinesRepository budgetLines;
    private final NoticeCriteria criteria;
    private final Proposals proposals;
    private final ProjectScope scope;
    private final ProjectDetails details;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final ProjectTasks tasks;
    private final ProcessStarts starts;
    private final TaskService taskService;
    private final SequenceNumbers sequences;
    private final AuditTrail audit;
    private final PurchaseSettings settings;
    private final Clock clock;

    ServiceProjectService(ServiceProjectsRepository projects, BudgetLinesRepository budgetLines,
                          NoticeCriteria criteria, Proposals proposals, ProjectScope scope, ProjectDetails details,
                          Directory directory, CurrentStaff currentStaff, ProjectTasks tasks, ProcessStarts starts, TaskService taskService,
                          SequenceNumbers sequences,
                          AuditTrail audit, PurchaseSettings settings, Clock clock) {
        this.projects = projects;
        this.budgetLines = budgetLines;
        this.criteria = criteria;
        this.proposals = proposals;
        this.scope = scope;
        this.details = details;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.tasks = tasks;
        this.starts = starts;
        this.taskService = taskService;
        this.sequences = sequences;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // --- 立项 ---

    @Override
    public ProjectReceipt initiate(ProjectDraft draft) {
        StaffPrincipal me = currentStaff.require();
        List<CandidateGroups.Group> managed = scope.managedUnits(me);
        if (managed.isEmpty()) {
            audit.denied("purchasedservice.initiate", "projects", "not a project manager of a department or street");
            throw BusinessException.forbidden("purchasedservice.error.not-manager");
        }
        if (draft == null) {
            throw BusinessException.invalid("purchasedservice.error.draft-required");
        }
        ProjectContent content = ProjectRules.check(draft, code -> lineForManager(code, managed),
                settings.maxDurationMonths());
        BudgetLine line = content.budgetLine();
        Proposal proposal = proposalFor(draft.proposalId(), line.departmentCode());
        OrgUnitSummary unit = directory.findUnit(line.departmentCode())
                .orElseThrow(() -> BusinessException.invalid("purchasedservice.error.budget-line-unknown"));
        LocalDateTime now = now();
        ServiceProject project = projects.save(new ServiceProject(nextNumber(now.getYear()), unit.code(), unit.name(),
                me.getUsername(), content, proposal == null ? null : proposal.requestNumber(), now));
        if (proposal != null) {
            proposal.answeredBy(project.id());
        }
        project.startedAs(starts.initiation(project, me.getUsername()));
        audit.allowed("purchasedservice.initiate", "project:" + project.projectNumber(),
                project.budgetAmount().toPlainString() + " from " + line.code());
        return new ProjectReceipt(project.id(), project.projectNumber(), project.status());
    }

    /** The line must be the manager's unit's, this year or next. */
    private BudgetLine lineForManager(String code, List<CandidateGroups.Group> managed) {
        String cleaned = ProjectRules.clean(code);
        if (cleaned == null) {
            throw BusinessException.invalid("purchasedservice.error.budget-line-required");
        }
        BudgetLine line = budgetLines.findByCode(cleaned)
                .orElseThrow(() -> BusinessException.invalid("purchasedservice.error.budget-line-unknown"));
        int year = LocalDate.now(clock).getYear();
        boolean mine = managed.stream().anyMatch(group -> group.unitCode().equals(line.departmentCode()));
        if (!mine || line.year() < year || line.year() > year + 1) {
            throw BusinessException.invalid("purchasedservice.error.budget-line-not-yours", line.code());
        }
        return line;
    }

    private Proposal proposalFor(Long proposalId, String department) {
        if (proposalId == null) {
            return null;
        }
        return proposals.findById(proposalId).filter(found -> found.projectId() == null)
                .filter(found -> found.departmentCode().equals(department))
                .orElseThrow(() -> BusinessException.invalid("purchasedservice.error.proposal-unknown"));
    }

    /** {@code GM-<county>-<yyyy>-<seq>}, gap-free per county and year. */
    private String nextNumber(int year) {
        long sequence = sequences.next("purchasedservice.project." + settings.countyCode() + "." + year);
        return String.format("GM-%s-%d-%04d", settings.countyCode(), year, sequence);
    }

    // --- 经费预算 ---

    @Override
    public void reviewBudget(String taskId, BudgetDecision decision, String comment) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_BUDGET_REVIEW);
        if (decision == null) {
            throw BusinessException.invalid("purchasedservice.error.decision-required");
        }
        String text = ProjectRules.comment(comment, "comment", decision != BudgetDecision.APPROVE);
        ServiceProject project = step.project();
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_BUDGET_DECISION, decision.name().toLowerCase(Locale.ROOT));
        switch (decision) {
            case APPROVE -> {
                BudgetLine line = budgetLines.lockById(project.budgetLineId()).orElseThrow();
                line.commit(project.budgetAmount());
                project.budgetDecided(ProjectStatus.TO_PUBLISH, step.actor(), now(), text);
                variables.put(PurchaseProcess.VAR_CIRCUMSTANCE, project.circumstance().name());
                variables.put(PurchaseProcess.VAR_AMOUNT, project.budgetAmount().doubleValue());
            }
            case RETURN -> project.budgetDecided(ProjectStatus.RETURNED, step.actor(), now(), text);
            case REFUSE -> project.budgetDecided(ProjectStatus.BUDGET_REFUSED, step.actor(), now(), text);
        }
        tasks.complete(taskId, variables, label(decision), text);
    }

    private static String label(BudgetDecision decision) {
        return switch (decision) {
            case APPROVE -> "同意";
            case RETURN -> "退回修改";
            case REFUSE -> "不予安排";
        };
    }

    @Override
    public void resubmit(String taskId, ProjectDraft draft) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_REVISE);
        ServiceProject project = step.project();
        if (draft == null) {
            throw BusinessException.invalid("purchasedservice.error.draft-required");
        }
        List<CandidateGroups.Group> managed = scope.managedUnits(currentStaff.require());
        project.revised(ProjectRules.check(draft, code -> {
            BudgetLine line = lineForManager(code, managed);
            if (!line.departmentCode().equals(project.departmentCode())) {
                throw BusinessException.invalid("purchasedservice.error.budget-line-not-yours", line.code());
            }
            return line;
        }, settings.maxDurationMonths()));
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_REVISE_OUTCOME, "resubmit"), "重新提交", null);
    }

    @Override
    public void withdraw(String taskId, String reason) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_REVISE);
        String why = ProjectRules.comment(reason, "withdraw-reason", true);
        step.project().withdraw(why);
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_REVISE_OUTCOME, "withdraw"), "撤回", why);
    }

    // --- 信息发布 ---

    @Override
    public void publish(String taskId, NoticeDraft notice) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_PUBLISH);
        ServiceProject project = step.project();
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        LocalDate earliest = details.earliestDeadline(project, today);
        ProjectRules.CheckedNotice checked = ProjectRules.check(notice, earliest,
                today.plusDays(settings.maxNoticeDays()), now);
        int position = 0;
        for (NoticeDraft.Criterion criterion : checked.criteria()) {
            criteria.save(new NoticeCriterion(project.id(), position++, criterion.name(), criterion.description(),
                    criterion.weight()));
        }
        project.publish(checked.requirements(), checked.contact(), checked.deadline(), step.actor(), now);
        tasks.complete(taskId, Map.of(), "发布公告", null);
        starts.selection(project);
        audit.allowed("purchasedservice.publish", "project:" + project.projectNumber(),
                "deadline " + checked.deadline());
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public ProjectDetail open(long projectId) {
        return details.assemble(tasks.readable(projectId));
    }

    @Override
    @Transactional(readOnly = true)
    public long projectOfTask(String taskId) {
        StaffPrincipal me = currentStaff.require();
        ServiceProject project = tasks.projectOf(tasks.openTask(taskId));
        tasks.requireReadable(me, project);
        return project.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectStep> myOpenStep(long projectId) {
        StaffPrincipal me = currentStaff.require();
        ServiceProject project = tasks.readable(projectId);
        if (me.groups().isEmpty()) {
            return Optional.empty();
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(project.projectNumber())
                .or().taskAssignee(me.getUsername()).taskCandidateGroupIn(List.copyOf(me.groups())).endOr()
                .initializeFormKeys().orderByTaskCreateTime().asc().list().stream()
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(me.getUsername()))
                .filter(task -> task.getFormKey() != null && task.getFormKey().startsWith(TaskDetail.PAGE_FORM_KEY_PREFIX))
                .map(task -> new ProjectStep(task.getId(), task.getTaskDefinitionKey())).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectRow> search(ProjectQuery query, int offset, int limit) {
        StaffPrincipal me = currentStaff.require();
        List<ServiceProject> found = projects.findAll(specification(me, query),
                new OffsetPageRequest(offset, limit, Sort.by(Sort.Direction.DESC, "createdAt", "id"))).getContent();
        Map<String, String> managers = directory.displayNames(found.stream().map(ServiceProject::manager).toList());
        return found.stream().map(project -> new ProjectRow(project.id(), project.projectNumber(), project.title(),
                project.departmentName(), managers.getOrDefault(project.manager(), project.manager()),
                project.budgetAmount(), project.status(), project.method(), project.createdAt(),
                project.bidDeadline())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ProjectQuery query) {
        return projects.count(specification(currentStaff.require(), query));
    }

    private Specification<ServiceProject> specification(StaffPrincipal me, ProjectQuery query) {
        ProjectQuery given = query == null ? ProjectQuery.all() : query;
        Specification<ServiceProject> search = (root, criteria, builder) -> {
            List<Predicate> all = new ArrayList<>();
            String text = ProjectRules.clean(given.text());
            if (text != null) {
                String pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                all.add(text.toUpperCase(Locale.ROOT).startsWith("GM-")
                        ? builder.like(root.get("projectNumber"), pattern.toUpperCase(Locale.ROOT) + "%", '\\')
                        : builder.like(root.get("title"), "%" + pattern + "%", '\\'));
            }
            if (!given.statuses().isEmpty()) {
                all.add(root.get("status").in(given.statuses()));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
        return scope.specification(me).and(search);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetLineEntry> budgetLinesForInitiation() {
        StaffPrincipal me = currentStaff.require();
        List<String> units = scope.managedUnits(me).stream().map(CandidateGroups.Group::unitCode).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        return budgetLines.findByDepartmentCodeInAndYearInOrderByCode(units, List.of(year, year + 1)).stream()
                .map(details::entry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposalEntry> openProposals() {
        StaffPrincipal me = currentStaff.require();
        List<String> units = scope.managedUnits(me).stream().map(CandidateGroups.Group::unitCode).toList();
        return units.isEmpty() ? List.of()
                : proposals.findByDepartmentCodeInAndProjectIdIsNullOrderByReceivedAtDesc(units).stream()
                        .map(proposal -> new ProposalEntry(proposal.id(), proposal.requestNumber(),
                                proposal.departmentCode(), proposal.title(), proposal.content(), proposal.note(),
                                proposal.receivedAt(), null)).toList();
    }

    // --- helpers ---

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

}

package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.excel.Sheets;
import org.tongban.base.ui.Formats;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.StaffPrincipal;
import org.tongban.purchasedservice.EvaluationGrade;
import org.tongban.purchasedservice.ProjectDashboard;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.PurchaseMethod;

/**
 * The dashboard's figures in a handful of aggregate queries, each limited by {@link ProjectScope} in the query itself
 * (never by filtering results), so a department's dashboard and export can never carry another's projects.
 */
@Service
@Transactional(readOnly = true)
class ProjectDashboardService implements ProjectDashboard {

    static final int MIN_YEAR = 2000;
    /** Milestones the provider still has to deliver, or whose report the buyer has not checked. */
    private static final List<String> NOT_PASSED = List.of(Milestone.Status.PENDING.name(),
            Milestone.Status.REPORTED.name(), Milestone.Status.RETURNED.name());
    private static final String AUDIT_TARGET = "projects";
    /** Below the sheet's title and its headers. */
    private static final int FIRST_ROW = 2;

    private final EntityManager entityManager;
    private final ProjectScope scope;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Messages messages;
    private final PurchaseSettings settings;
    private final Clock clock;

    ProjectDashboardService(EntityManager entityManager, ProjectScope scope, Directory directory,
                            CurrentStaff currentStaff, WorkingDays workingDays, AuditTrail audit, Messages messages,
                            PurchaseSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.workingDays = workingDays;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Figures figures(int year) {
        StaffPrincipal me = viewer("purchasedservice.dashboard");
        LocalDate today = LocalDate.now(clock);
        if (year < MIN_YEAR || year > today.getYear() + 2) {
            throw BusinessException.invalid("purchasedservice.error.dashboard-year", String.valueOf(MIN_YEAR),
                    String.valueOf(today.getYear() + 2));
        }
        ProjectScope.Jpql visible = scope.jpql(me, "p");
        Map<ProjectStatus, Long> stages = stages(visible);
        LocalDate horizon = today.plusDays(settings.dashboardDueDays());
        long[] due = milestoneCounts(visible, today, horizon);
        return new Figures(today, year, settings.dashboardDueDays(), stages, budget(me, year), due[0], due[1],
                milestones(visible, today, horizon), stages.get(ProjectStatus.UNDER_EVALUATION),
                evaluations(visible, today), grades(visible));
    }

    private Map<ProjectStatus, Long> stages(ProjectScope.Jpql visible) {
        Map<ProjectStatus, Long> stages = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            stages.put(status, 0L);
        }
        for (Object[] row : visible.bind(entityManager.createQuery("select p.status, count(p) from ServiceProject p"
                + " where " + visible.condition() + " group by p.status", Object[].class)).getResultList()) {
            stages.put((ProjectStatus) row[0], (Long) row[1]);
        }
        return stages;
    }

    /** The lines of the caller's buying units (finance: all lines), with what their projects contracted and paid. */
    private List<BudgetUse> budget(StaffPrincipal me, int year) {
        boolean all = scope.financeReviewer(me);
        List<String> units = scope.buyingUnits(me);
        if (!all && units.isEmpty()) {
            return List.of();
        }
        TypedQuery<BudgetLine> query = entityManager.createQuery("select b from BudgetLine b where b.year = :year"
                + (all ? "" : " and b.departmentCode in :units") + " order by b.departmentCode, b.code",
                BudgetLine.class).setParameter("year", year);
        List<BudgetLine> lines = (all ? query : query.setParameter("units", units)).getResultList();
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Long> ids = lines.stream().map(BudgetLine::id).toList();
        Map<Long, BigDecimal> contracted = new HashMap<>();
        entityManager.createQuery("select p.budgetLineId, sum(coalesce(c.amountChanged, c.amount)) from Contract c"
                        + " join ServiceProject p on p.id = c.projectId where p.budgetLineId in :lines"
                        + " group by p.budgetLineId", Object[].class).setParameter("lines", ids).getResultList()
                .forEach(row -> contracted.put((Long) row[0], (BigDecimal) row[1]));
        Map<Long, BigDecimal> paid = new HashMap<>();
        Map<Long, BigDecimal> payable = new HashMap<>();
        entityManager.createQuery("select p.budgetLineId, m.status, sum(coalesce(m.paidAmount, m.paymentAmount))"
                        + " from Milestone m join ServiceProject p on p.id = m.projectId where p.budgetLineId in :lines"
                        + " and m.status in :released group by p.budgetLineId, m.status", Object[].class)
                .setParameter("lines", ids)
                .setParameter("released", List.of(Milestone.Status.PAID.name(), Milestone.Status.PAYABLE.name()))
                .getResultList().forEach(row -> (Milestone.Status.PAID.name().equals(row[1]) ? paid : payable)
                        .put((Long) row[0], (BigDecimal) row[2]));
        Map<String, String> names = new HashMap<>();
        for (OrgUnitKind kind : List.of(OrgUnitKind.DEPARTMENT, OrgUnitKind.SUBDISTRICT)) {
            directory.units(kind).forEach(unit -> names.put(unit.code(), unit.name()));
        }
        return lines.stream().map(line -> new BudgetUse(line.id(), line.code(),
                names.getOrDefault(line.departmentCode(), line.departmentCode()), line.name(), line.amount(),
                line.committed(), contracted.getOrDefault(line.id(), BigDecimal.ZERO),
                paid.getOrDefault(line.id(), BigDecimal.ZERO), payable.getOrDefault(line.id(), BigDecimal.ZERO)))
                .toList();
    }

    /** Overdue and due soon, counted in one pass. */
    private long[] milestoneCounts(ProjectScope.Jpql visible, LocalDate today, LocalDate horizon) {
        Object[] row = visible.bind(entityManager.createQuery("select"
                        + " sum(case when m.dueOn < :today then 1 else 0 end),"
                        + " sum(case when m.dueOn >= :today then 1 else 0 end)"
                        + " from Milestone m join ServiceProject p on p.id = m.projectId"
                        + " where m.status in :open and m.dueOn <= :horizon and " + visible.condition(),
                        Object[].class))
                .setParameter("today", today).setParameter("horizon", horizon).setParameter("open", NOT_PASSED)
                .getSingleResult();
        return new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    private List<MilestoneDue> milestones(ProjectScope.Jpql visible, LocalDate today, LocalDate horizon) {
        return visible.bind(entityManager.createQuery("select p.id, p.projectNumber, p.title, p.departmentName,"
                        + " c.providerName, m.name, m.dueOn, m.status from Milestone m"
                        + " join ServiceProject p on p.id = m.projectId join Contract c on c.projectId = p.id"
                        + " where m.status in :open and m.dueOn <= :horizon and " + visible.condition()
                        + " order by m.dueOn, p.projectNumber, m.position", Object[].class))
                .setParameter("horizon", horizon).setParameter("open", NOT_PASSED).setMaxResults(LIST_LIMIT)
                .getResultList().stream().map(row -> {
                    LocalDate dueOn = (LocalDate) row[6];
                    long late = Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
                    return new MilestoneDue((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5], dueOn, (String) row[7], late > 0, late);
                }).toList();
    }

    /** The earliest appointment counts: the evaluators are named together, and the tasks are due from then. */
    private List<PendingEvaluation> evaluations(ProjectScope.Jpql visible, LocalDate today) {
        Map<LocalDate, LocalDate> deadlines = new HashMap<>();
        return visible.bind(entityManager.createQuery("select p.id, p.projectNumber, p.title, p.departmentName,"
                        + " c.providerName, min(e.assignedAt), count(e), count(e.submittedAt) from ServiceProject p"
                        + " join Contract c on c.projectId = p.id join EvaluationAssignment e on e.projectId = p.id"
                        + " where p.status = :evaluating and " + visible.condition()
                        + " group by p.id, p.projectNumber, p.title, p.departmentName, c.providerName"
                        + " order by min(e.assignedAt), p.id", Object[].class))
                .setParameter("evaluating", ProjectStatus.UNDER_EVALUATION).setMaxResults(LIST_LIMIT)
                .getResultList().stream().map(row -> {
                    LocalDate assigned = ((LocalDateTime) row[5]).toLocalDate();
                    LocalDate deadline = deadlines.computeIfAbsent(assigned,
                            day -> workingDays.plusWorkingDays(day, settings.evaluationDays()));
                    return new PendingEvaluation((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (Long) row[6], (Long) row[7], assigned, deadline,
                            deadline.isBefore(today));
                }).toList();
    }

    /** Best average first; the score kept on the project is the one after an upheld objection. */
    private List<ProviderGrades> grades(ProjectScope.Jpql visible) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<EvaluationGrade, Long>> counts = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Object[] row : visible.bind(entityManager.createQuery("select c.providerCode, max(c.providerName),"
                + " p.evaluationGrade, count(p), sum(p.evaluationScore) from ServiceProject p"
                + " join Contract c on c.projectId = p.id where p.evaluationGrade is not null and "
                + visible.condition() + " group by c.providerCode, p.evaluationGrade", Object[].class))
                .getResultList()) {
            String code = (String) row[0];
            names.putIfAbsent(code, (String) row[1]);
            counts.computeIfAbsent(code, ignored -> new EnumMap<>(EvaluationGrade.class))
                    .put((EvaluationGrade) row[2], (Long) row[3]);
            totals.merge(code, (BigDecimal) row[4], BigDecimal::add);
        }
        List<ProviderGrades> grades = new ArrayList<>();
        names.forEach((code, name) -> {
            long graded = counts.get(code).values().stream().mapToLong(Long::longValue).sum();
            grades.add(new ProviderGrades(code, name, counts.get(code), graded,
                    totals.get(code).divide(BigDecimal.valueOf(graded), 2, RoundingMode.HALF_UP)));
        });
        grades.sort(Comparator.comparing(ProviderGrades::averageScore).reversed()
                .thenComparing(ProviderGrades::providerCode));
        return grades;
    }

    // --- the workbook ---

    @Override
    public byte[] workbook() {
        StaffPrincipal me = viewer("purchasedservice.dashboard.export");
        ProjectScope.Jpql visible = scope.jpql(me, "p");
        List<Object[]> payments = visible.bind(entityManager.createQuery("select p.id, p.projectNumber, p.title,"
                + " c.providerName, m.name, m.dueOn, m.paymentAmount, m.status, m.paidOn, m.paidAmount,"
                + " m.paymentVoucher from Milestone m join ServiceProject p on p.id = m.projectId"
                + " join Contract c on c.projectId = p.id where " + visible.condition()
                + " order by p.projectNumber, m.position", Object[].class)).getResultList();
        Map<Long, BigDecimal> paid = new HashMap<>();
        payments.stream().filter(row -> row[9] != null)
                .forEach(row -> paid.merge((Long) row[0], (BigDecimal) row[9], BigDecimal::add));
        List<Object[]> projects = visible.bind(entityManager.createQuery("select p.id, p.projectNumber, p.title,"
                + " p.departmentName, p.manager, b.code, p.budgetAmount, p.status, p.method, c.providerName,"
                + " coalesce(c.amountChanged, c.amount), p.createdAt from ServiceProject p"
                + " join BudgetLine b on b.id = p.budgetLineId left join Contract c on c.projectId = p.id"
                + " where " + visible.condition() + " order by p.createdAt desc, p.id desc", Object[].class))
                .getResultList();
        List<Object[]> results = visible.bind(entityManager.createQuery("select p.projectNumber, p.title,"
                + " p.departmentName, c.providerName, p.evaluationScore, p.evaluationGrade, p.finalPaymentShare,"
                + " p.gradedAt, p.providerObjection, p.objectionUpheld, p.closedAt from ServiceProject p"
                + " join Contract c on c.projectId = p.id where p.evaluationGrade is not null and "
                + visible.condition() + " order by p.gradedAt desc, p.id desc", Object[].class)).getResultList();
        Map<String, String> managers = directory.displayNames(projects.stream().map(row -> (String) row[4])
                .distinct().toList());
        audit.allowed("purchasedservice.dashboard.export", AUDIT_TARGET, projects.size() + " projects, "
                + payments.size() + " milestones, " + results.size() + " evaluations");
        // Thousands of rows share a few stage and grade names: each is looked up once.
        Map<String, String> labels = new HashMap<>();
        return Sheets.workbook(sheets -> {
            projectSheet(sheets, projects, managers, paid, labels);
            paymentSheet(sheets, payments, labels);
            resultSheet(sheets, results, labels);
        });
    }

    private void projectSheet(Sheets sheets, List<Object[]> rows, Map<String, String> managers,
                              Map<Long, BigDecimal> paid, Map<String, String> labels) {
        Sheet sheet = sheet(sheets, "projects", "number", "title", "department", "manager", "budget-line", "budget",
                "status", "method", "provider", "contract-amount", "paid", "created");
        int index = FIRST_ROW;
        for (Object[] row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue((String) row[1]);
            line.createCell(1).setCellValue((String) row[2]);
            line.createCell(2).setCellValue((String) row[3]);
            line.createCell(3).setCellValue(managers.getOrDefault((String) row[4], (String) row[4]));
            line.createCell(4).setCellValue((String) row[5]);
            amount(line, 5, (BigDecimal) row[6]);
            line.createCell(6).setCellValue(label(labels, ((ProjectStatus) row[7]).messageKey()));
            line.createCell(7).setCellValue(row[8] == null ? ""
                    : label(labels, ((PurchaseMethod) row[8]).messageKey()));
            line.createCell(8).setCellValue(Formats.orEmpty((String) row[9]));
            amount(line, 9, (BigDecimal) row[10]);
            amount(line, 10, row[10] == null ? null : paid.getOrDefault((Long) row[0], BigDecimal.ZERO));
            line.createCell(11).setCellValue(Formats.dateTime((LocalDateTime) row[11]));
        }
        sheets.widths(sheet, 12, 18, 36, 16, 8, 14, 14, 14, 12, 28, 14, 14, 17);
    }

    private void paymentSheet(Sheets sheets, List<Object[]> rows, Map<String, String> labels) {
        Sheet sheet = sheet(sheets, "payments", "number", "title", "provider", "milestone", "due-on",
                "payment-amount", "milestone-status", "paid-on", "paid", "voucher");
        int index = FIRST_ROW;
        for (Object[] row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue((String) row[1]);
            line.createCell(1).setCellValue((String) row[2]);
            line.createCell(2).setCellValue((String) row[3]);
            line.createCell(3).setCellValue((String) row[4]);
            line.createCell(4).setCellValue(Formats.date((LocalDate) row[5]));
            amount(line, 5, (BigDecimal) row[6]);
            line.createCell(6).setCellValue(label(labels, "purchasedservice.milestone." + row[7]));
            line.createCell(7).setCellValue(Formats.date((LocalDate) row[8]));
            amount(line, 8, (BigDecimal) row[9]);
            line.createCell(9).setCellValue(Formats.orEmpty((String) row[10]));
        }
        sheets.widths(sheet, 12, 18, 36, 28, 16, 11, 14, 12, 11, 14, 16);
    }

    private void resultSheet(Sheets sheets, List<Object[]> rows, Map<String, String> labels) {
        Sheet sheet = sheet(sheets, "results", "number", "title", "department", "provider", "score", "grade",
                "final-share", "graded-at", "objection", "closed-at");
        int index = FIRST_ROW;
        for (Object[] row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue((String) row[0]);
            line.createCell(1).setCellValue((String) row[1]);
            line.createCell(2).setCellValue((String) row[2]);
            line.createCell(3).setCellValue((String) row[3]);
            amount(line, 4, (BigDecimal) row[4]);
            line.createCell(5).setCellValue(label(labels, ((EvaluationGrade) row[5]).messageKey()));
            if (row[6] != null) {
                line.createCell(6).setCellValue((Integer) row[6]);
            }
            line.createCell(7).setCellValue(Formats.dateTime((LocalDateTime) row[7]));
            line.createCell(8).setCellValue(objection((String) row[8], (Boolean) row[9], labels));
            line.createCell(9).setCellValue(Formats.dateTime((LocalDateTime) row[10]));
        }
        sheets.widths(sheet, 12, 18, 36, 16, 28, 10, 8, 14, 17, 14, 17);
    }

    private String objection(String raised, Boolean upheld, Map<String, String> labels) {
        if (raised == null) {
            return "";
        }
        return label(labels, upheld == null ? "purchasedservice.dashboard.objection.open"
                : upheld ? "purchasedservice.dashboard.objection.upheld"
                : "purchasedservice.dashboard.objection.dismissed");
    }

    /** A sheet with its title (and the day of the export) in the first row and the column headers in the second. */
    private Sheet sheet(Sheets sheets, String name, String... columns) {
        String key = "purchasedservice.dashboard.sheet." + name;
        Sheet sheet = sheets.create(text(key), text(key + ".title", Formats.date(LocalDate.now(clock))));
        sheets.header(sheet, 1, Arrays.stream(columns)
                .map(column -> text("purchasedservice.dashboard.column." + column)).toList());
        return sheet;
    }

    /** Amounts as numbers, so finance can add them up in the sheet. */
    private static void amount(Row line, int column, BigDecimal value) {
        if (value != null) {
            line.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private String label(Map<String, String> labels, String key) {
        return labels.computeIfAbsent(key, this::text);
    }

    /** Exports are documents for the office: always in the platform's language. */
    private String text(String key, Object... arguments) {
        return messages.get(Messages.DEFAULT_LOCALE, key, arguments);
    }

    /** Staff who may see projects at all; anyone else (a provider, community staff) is refused and recorded. */
    private StaffPrincipal viewer(String action) {
        StaffPrincipal me = currentStaff.require();
        if (!scope.projectStaff(me)) {
            audit.denied(action, AUDIT_TARGET, "no purchased-service projects in scope");
            throw BusinessException.forbidden("purchasedservice.error.dashboard-forbidden");
        }
        return me;
    }
}

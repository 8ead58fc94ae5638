package org.tongban.workaccess.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.excel.Sheets;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.StaffPrincipal;
import org.tongban.workaccess.DispatchRefusal;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.WorkAccessReports;

/**
 * The work-access figures, read-only. The viewer's scope is applied in every query rather than to the results, so a
 * department's export can never carry another department's rows. Department and community names come from the
 * directory as they are today.
 */
@Service
@Transactional(readOnly = true)
class ReportService implements WorkAccessReports {

    static final int MAX_RANGE_DAYS = 366;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final int HOURS_SCALE = 1;
    /** Enough digits that twelve monthly shares still add up to the decision's hours before rounding. */
    private static final int SHARE_SCALE = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager entityManager;
    private final AccessRequestsRepository requests;
    private final RefusedDispatches refused;
    private final AccessScope scope;
    private final CurrentStaff currentStaff;
    private final Directory directory;
    private final AuditTrail auditTrail;
    private final Messages messages;

    ReportService(EntityManager entityManager, AccessRequestsRepository requests, RefusedDispatches refused,
                  AccessScope scope, CurrentStaff currentStaff, Directory directory, AuditTrail auditTrail,
                  Messages messages) {
        this.entityManager = entityManager;
        this.requests = requests;
        this.refused = refused;
        this.scope = scope;
        this.currentStaff = currentStaff;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.messages = messages;
    }

    @Override
    public List<OutcomeRow> outcomes(LocalDate from, LocalDate to) {
        Viewer viewer = viewer("workaccess.report.outcomes");
        requireRange(from, to);
        Map<String, Map<RequestStatus, Long>> tallies = new TreeMap<>(
                countsPerDepartment("AccessRequest", "status", "submittedAt", RequestStatus.class, viewer, from, to));
        Map<String, String> names = departmentNames();
        return tallies.entrySet().stream().map(entry -> new OutcomeRow(entry.getKey(),
                names.getOrDefault(entry.getKey(), entry.getKey()), Collections.unmodifiableMap(entry.getValue()),
                sum(entry.getValue()))).toList();
    }

    @Override
    public RefusalFigures refusals(LocalDate from, LocalDate to) {
        Viewer viewer = viewer("workaccess.report.refusals");
        requireRange(from, to);
        // A null department (someone who is no department's handler tried) is a row of its own, county-wide only.
        Map<String, Map<DispatchRefusal, Long>> tallies = countsPerDepartment("RefusedDispatch", "reason",
                "attemptedAt", DispatchRefusal.class, viewer, from, to);
        Map<String, String> names = departmentNames();
        List<RefusalRow> byDepartment = tallies.entrySet().stream().map(entry -> new RefusalRow(entry.getKey(),
                        entry.getKey() == null ? null : names.getOrDefault(entry.getKey(), entry.getKey()),
                        Collections.unmodifiableMap(entry.getValue()), sum(entry.getValue())))
                .sorted(Comparator.comparingLong(RefusalRow::total).reversed()
                        .thenComparing(RefusalRow::departmentCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();

        LocalDateTime start = from.atStartOfDay();
        LocalDateTime until = to.plusDays(1).atStartOfDay();
        Specification<RefusedDispatch> where = (root, q, cb) -> cb.and(
                cb.greaterThanOrEqualTo(root.get("attemptedAt"), start), cb.lessThan(root.get("attemptedAt"), until));
        if (!viewer.all()) {
            where = where.and((root, q, cb) -> root.get("departmentCode").in(viewer.departments()));
        }
        List<RefusedDispatch> found = refused.findAll(where,
                Sort.by(Sort.Direction.DESC, "attemptedAt").and(Sort.by(Sort.Direction.DESC, "id")));
        Map<String, String> people = directory.displayNames(found.stream().map(RefusedDispatch::attemptedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> communities = communityNames();
        List<RefusedAttempt> attempts = found.stream().map(attempt -> new RefusedAttempt(attempt.attemptedAt(),
                attempt.attemptedBy() == null ? null : people.getOrDefault(attempt.attemptedBy(), attempt.attemptedBy()),
                attempt.departmentCode() == null ? null
                        : names.getOrDefault(attempt.departmentCode(), attempt.departmentCode()),
                attempt.decisionNumber(), attempt.title(),
                Arrays.stream(attempt.communityCodes().split(",")).map(String::strip).filter(code -> !code.isEmpty())
                        .map(code -> communities.getOrDefault(code, code)).toList(),
                attempt.reason(), attempt.channel())).toList();
        return new RefusalFigures(byDepartment, attempts);
    }

    @Override
    public List<CategoryRow> admittedByCategory(LocalDate from, LocalDate to) {
        Viewer viewer = viewer("workaccess.report.categories");
        requireRange(from, to);
        TypedQuery<Object[]> query = entityManager.createQuery("select r.departmentCode, r.workItemKind, count(r)"
                + " from AccessRequest r where r.status = :admitted and r.submittedAt >= :from and r.submittedAt < :until"
                + viewer.clause("r.departmentCode") + " group by r.departmentCode, r.workItemKind", Object[].class);
        query.setParameter("admitted", RequestStatus.ADMITTED);
        Map<String, long[]> tallies = new TreeMap<>();
        for (Object[] row : viewer.bind(range(query, from, to)).getResultList()) {
            long[] counts = tallies.computeIfAbsent((String) row[0], code -> new long[3]);
            // work_item_kind is what the request was checked as: DUTY, ASSIST or NONE (out of the list).
            switch ((String) row[1]) {
                case "DUTY" -> counts[0] += (Long) row[2];
                case "ASSIST" -> counts[1] += (Long) row[2];
                default -> counts[2] += (Long) row[2];
            }
        }
        Map<String, String> names = departmentNames();
        return tallies.entrySet().stream().map(entry -> {
            long[] counts = entry.getValue();
            return new CategoryRow(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), counts[0],
                    counts[1], counts[2], counts[0] + counts[1] + counts[2]);
        }).toList();
    }

    @Override
    public List<WorkloadRow> workload(int year) {
        Viewer viewer = viewer("workaccess.report.workload");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw BusinessException.invalid("workaccess.report.error.year", MIN_YEAR, MAX_YEAR);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Specification<AccessRequest> where = (root, q, cb) -> cb.and(
                cb.equal(root.get("status"), RequestStatus.ADMITTED),
                cb.lessThanOrEqualTo(root.get("startOn"), last), cb.greaterThanOrEqualTo(root.get("endOn"), first));
        if (!viewer.all()) {
            where = where.and((root, q, cb) -> root.get("departmentCode").in(viewer.departments()));
        }
        Map<String, BigDecimal[]> hours = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (AccessRequest decision : requests.findAll(where)) {
            YearMonth startMonth = YearMonth.from(decision.startOn());
            YearMonth endMonth = YearMonth.from(decision.endOn());
            // Spread over every month the dates touch, also those outside the year, so a decision across New Year
            // counts only its share here.
            long months = ChronoUnit.MONTHS.between(startMonth, endMonth) + 1;
            BigDecimal share = decision.hoursPerCommunity().divide(BigDecimal.valueOf(months), SHARE_SCALE,
                    RoundingMode.HALF_UP);
            int fromMonth = startMonth.getYear() < year ? 1 : startMonth.getMonthValue();
            int toMonth = endMonth.getYear() > year ? 12 : endMonth.getMonthValue();
            for (OrgUnitSummary community : scope.communities(decision.scope(), decision.targetCodes())) {
                names.put(community.code(), community.name());
                BigDecimal[] perMonth = hours.computeIfAbsent(community.code(), code -> zeros());
                for (int month = fromMonth; month <= toMonth; month++) {
                    perMonth[month - 1] = perMonth[month - 1].add(share);
                }
            }
        }
        return hours.entrySet().stream().map(entry -> new WorkloadRow(entry.getKey(), names.get(entry.getKey()),
                Arrays.stream(entry.getValue()).map(ReportService::rounded).toList(),
                rounded(Arrays.stream(entry.getValue()).reduce(BigDecimal.ZERO, BigDecimal::add)))).toList();
    }

    @Override
    public byte[] exportExcel(LocalDate from, LocalDate to, int year) {
        RefusalFigures refusals = refusals(from, to);
        List<OutcomeRow> outcomes = outcomes(from, to);
        List<CategoryRow> categories = admittedByCategory(from, to);
        List<WorkloadRow> workload = workload(year);
        String period = text("workaccess.report.period", DAY.format(from), DAY.format(to));
        return Sheets.workbook(sheets -> {
            refusalSheet(sheets, refusals, period);
            outcomeSheet(sheets, outcomes, period);
            categorySheet(sheets, categories, period);
            workloadSheet(sheets, workload, year);
        });
    }

    // --- the workbook ---

    private void refusalSheet(Sheets sheets, RefusalFigures figures, String period) {
        Sheet sheet = sheets.create(text("workaccess.report.sheet.refusals"),
                text("workaccess.report.refusals.title") + " " + period);
        List<String> headers = new ArrayList<>();
        headers.add(text("workaccess.report.department"));
        Arrays.stream(DispatchRefusal.values()).forEach(reason -> headers.add(text(reasonKey(reason))));
        headers.add(text("workaccess.report.total"));
        int index = sheets.header(sheet, 1, headers);
        for (RefusalRow row : figures.byDepartment()) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue(departmentLabel(row.departmentName()));
            int column = 1;
            for (DispatchRefusal reason : DispatchRefusal.values()) {
                line.createCell(column++).setCellValue(row.count(reason));
            }
            line.createCell(column).setCellValue(row.total());
        }
        index++;
        sheets.title(sheet, index++, text("workaccess.report.attempts.title"));
        index = sheets.header(sheet, index, List.of(text("workaccess.report.attempted-at"),
                text("workaccess.report.attempted-by"), text("workaccess.report.department"),
                text("workaccess.report.decision-number"), text("workaccess.report.dispatch-title"),
                text("workaccess.report.communities"), text("workaccess.report.reason"),
                text("workaccess.report.channel")));
        for (RefusedAttempt attempt : figures.attempts()) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue(MINUTE.format(attempt.attemptedAt()));
            line.createCell(1).setCellValue(orEmpty(attempt.attemptedBy()));
            line.createCell(2).setCellValue(departmentLabel(attempt.departmentName()));
            line.createCell(3).setCellValue(orEmpty(attempt.decisionNumber()));
            line.createCell(4).setCellValue(orEmpty(attempt.title()));
            line.createCell(5).setCellValue(String.join("、", attempt.communities()));
            line.createCell(6).setCellValue(text(reasonKey(attempt.reason())));
            line.createCell(7).setCellValue(text("workaccess.report.channel." + attempt.channel().name()));
        }
        sheets.widths(sheet, 12, 18, 12, 22, 22, 30, 30, 22, 12);
    }

    private void outcomeSheet(Sheets sheets, List<OutcomeRow> rows, String period) {
        Sheet sheet = sheets.create(text("workaccess.report.sheet.outcomes"),
                text("workaccess.report.outcomes.title") + " " + period);
        List<String> headers = new ArrayList<>();
        headers.add(text("workaccess.report.department"));
        Arrays.stream(RequestStatus.values()).forEach(status -> headers.add(text(status.messageKey())));
        headers.add(text("workaccess.report.total"));
        int index = sheets.header(sheet, 1, headers);
        for (OutcomeRow row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue(row.departmentName());
            int column = 1;
            for (RequestStatus status : RequestStatus.values()) {
                line.createCell(column++).setCellValue(row.count(status));
            }
            line.createCell(column).setCellValue(row.total());
        }
        sheets.widths(sheet, 12, 24);
    }

    private void categorySheet(Sheets sheets, List<CategoryRow> rows, String period) {
        Sheet sheet = sheets.create(text("workaccess.report.sheet.categories"),
                text("workaccess.report.categories.title") + " " + period);
        int index = sheets.header(sheet, 1, List.of(text("workaccess.report.department"),
                text("workaccess.report.kind.DUTY"), text("workaccess.report.kind.ASSIST"),
                text("workaccess.report.kind.NONE"), text("workaccess.report.total")));
        for (CategoryRow row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue(row.departmentName());
            line.createCell(1).setCellValue(row.duty());
            line.createCell(2).setCellValue(row.assist());
            line.createCell(3).setCellValue(row.outOfList());
            line.createCell(4).setCellValue(row.total());
        }
        sheets.widths(sheet, 12, 24, 16, 18, 22, 10);
    }

    private void workloadSheet(Sheets sheets, List<WorkloadRow> rows, int year) {
        Sheet sheet = sheets.create(text("workaccess.report.sheet.workload"),
                text("workaccess.report.workload.title", String.valueOf(year)));
        List<String> headers = new ArrayList<>();
        headers.add(text("workaccess.report.community"));
        for (int month = 1; month <= 12; month++) {
            headers.add(text("workaccess.report.month", month));
        }
        headers.add(text("workaccess.report.total"));
        int index = sheets.header(sheet, 1, headers);
        for (WorkloadRow row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue(row.communityName());
            for (int month = 0; month < 12; month++) {
                line.createCell(month + 1).setCellValue(row.months().get(month).doubleValue());
            }
            line.createCell(13).setCellValue(row.total().doubleValue());
        }
        sheets.widths(sheet, 8, 18);
    }

    /** Exports are documents for the office: always in the platform's language. */
    private String text(String key, Object... arguments) {
        return messages.get(Messages.DEFAULT_LOCALE, key, arguments);
    }

    private String departmentLabel(String name) {
        return name == null ? text("workaccess.report.no-department") : name;
    }

    static String reasonKey(DispatchRefusal reason) {
        return "workaccess.report.reason." + reason.name();
    }

    // --- scope and helpers ---

    /** The county, or the viewer's departments; anyone else is refused and the refusal recorded. */
    private Viewer viewer(String action) {
        StaffPrincipal me = currentStaff.require();
        if (scope.seesAll(me)) {
            return new Viewer(true, List.of());
        }
        List<String> departments = scope.departmentsOf(me);
        if (departments.isEmpty()) {
            auditTrail.denied(action, "workaccess-reports", "neither a department member nor a county-wide reviewer");
            throw BusinessException.forbidden("workaccess.report.error.forbidden");
        }
        return new Viewer(false, departments);
    }

    /**
     * Rows of {@code entity} whose {@code timeField} falls in the period, counted per department and per value of
     * the enum attribute {@code field}. The names are this class's constants, never input.
     */
    private <E extends Enum<E>> Map<String, Map<E, Long>> countsPerDepartment(String entity, String field,
                                                                           String timeField, Class<E> type,
                                                                           Viewer viewer, LocalDate from,
                                                                           LocalDate to) {
        TypedQuery<Object[]> query = entityManager.createQuery("select x.departmentCode, x." + field + ", count(x)"
                + " from " + entity + " x where x." + timeField + " >= :from and x." + timeField + " < :until"
                + viewer.clause("x.departmentCode") + " group by x.departmentCode, x." + field, Object[].class);
        Map<String, Map<E, Long>> tallies = new HashMap<>();
        for (Object[] row : viewer.bind(range(query, from, to)).getResultList()) {
            tallies.computeIfAbsent((String) row[0], code -> new EnumMap<>(type)).put(type.cast(row[1]), (Long) row[2]);
        }
        return tallies;
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw BusinessException.invalid("workaccess.report.error.range", MAX_RANGE_DAYS);
        }
    }

    private static <T> TypedQuery<T> range(TypedQuery<T> query, LocalDate from, LocalDate to) {
        return query.setParameter("from", from.atStartOfDay()).setParameter("until", to.plusDays(1).atStartOfDay());
    }

    private static <K> long sum(Map<K, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] months = new BigDecimal[12];
        Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }

    private static BigDecimal rounded(BigDecimal hours) {
        return hours.setScale(HOURS_SCALE, RoundingMode.HALF_UP);
    }

    private Map<String, String> departmentNames() {
        return unitNames(OrgUnitKind.DEPARTMENT);
    }

    private Map<String, String> communityNames() {
        return unitNames(OrgUnitKind.COMMUNITY);
    }

    private Map<String, String> unitNames(OrgUnitKind kind) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.units(kind).forEach(unit -> names.put(unit.code(), unit.name()));
        return names;
    }

    /** Whose rows the viewer sees: all of the county, or only the listed departments'. */
    private record Viewer(boolean all, List<String> departments) {

        String clause(String departmentColumn) {
            return all ? "" : " and " + departmentColumn + " in :departments";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return all ? query : query.setParameter("departments", departments);
        }
    }
}

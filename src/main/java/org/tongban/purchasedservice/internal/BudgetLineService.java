package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.BudgetLines;

/** 预算额度 kept by finance reviewers and administrators; every change audited with who, when and why. */
@Service
@Transactional
@RolesAllowed({Roles.ADMIN_AUTHORITY, PurchaseProcess.FINANCE_AUTHORITY})
class BudgetLineService implements BudgetLines {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,29}");
    private static final int NAME_MAX = 100;
    private static final int REASON_MAX = 300;
    private static final Conflicts CONFLICTS = new Conflicts("purchasedservice.error.budget-line-changed");

    private final BudgetLinesRepository lines;
    private final ProjectDetails details;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    BudgetLineService(BudgetLinesRepository lines, ProjectDetails details, Directory directory,
                      CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.lines = lines;
        this.details = details;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetLineEntry> list(Integer year) {
        List<BudgetLine> found = year == null ? lines.findAllByOrderByYearDescDepartmentCodeAscCodeAsc()
                : lines.findByYearOrderByDepartmentCodeAscCodeAsc(year);
        return found.stream().map(details::entry).toList();
    }

    @Override
    public BudgetLineEntry create(BudgetLineDraft draft) {
        if (draft == null) {
            throw BusinessException.invalid("purchasedservice.error.draft-required");
        }
        String code = ProjectRules.clean(draft.code());
        code = code == null ? null : code.toUpperCase(Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            throw BusinessException.invalid("purchasedservice.error.budget-line-code");
        }
        if (lines.existsByCode(code)) {
            throw BusinessException.conflict("purchasedservice.error.budget-line-exists", code);
        }
        OrgUnitSummary unit = buyingUnit(draft.departmentCode());
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = draft.year();
        if (year == null || year < thisYear - 1 || year > thisYear + 2) {
            throw BusinessException.invalid("purchasedservice.error.budget-line-year", thisYear - 1, thisYear + 2);
        }
        String name = ProjectRules.line(draft.name(), "budget-line-name", NAME_MAX);
        BigDecimal amount = ProjectRules.amount(draft.amount(), "budget-line-amount");
        BudgetLine line = lines.save(new BudgetLine(code, unit.code(), year, name, amount,
                currentStaff.require().getUsername(), now()));
        CONFLICTS.flush(lines, "purchasedservice.error.budget-line-exists", code);
        audit.allowed("purchasedservice.budget-line.create", "budget-line:" + code,
                unit.code() + " " + year + " " + amount.toPlainString());
        return details.entry(line);
    }

    @Override
    public BudgetLineEntry changeAmount(long lineId, long expectedVersion, String amount, String reason) {
        BudgetLine line = lines.lockById(lineId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.budget-line-unknown"));
        CONFLICTS.requireVersion(line.version(), expectedVersion);
        BigDecimal newAmount = ProjectRules.amount(amount, "budget-line-amount");
        String why = ProjectRules.text(reason, "budget-line-reason", REASON_MAX, true);
        BigDecimal before = line.amount();
        line.changeAmount(newAmount, currentStaff.require().getUsername(), now(), why);
        CONFLICTS.flush(lines, CONFLICTS.staleKey());
        audit.allowed("purchasedservice.budget-line.change", "budget-line:" + line.code(),
                before.toPlainString() + " -> " + newAmount.toPlainString() + ": " + why);
        return details.entry(line);
    }

    /** Departments and street offices buy services; communities and providers do not. */
    private OrgUnitSummary buyingUnit(String code) {
        String cleaned = ProjectRules.clean(code);
        return directory.findUnit(cleaned == null ? "" : cleaned)
                .filter(OrgUnitSummary::active)
                .filter(unit -> unit.kind() == OrgUnitKind.DEPARTMENT || unit.kind() == OrgUnitKind.SUBDISTRICT)
                .orElseThrow(() -> BusinessException.invalid("purchasedservice.error.budget-line-department"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}

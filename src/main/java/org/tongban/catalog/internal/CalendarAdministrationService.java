package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarDayKind;
import org.tongban.catalog.internal.CalendarCsv.Line;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class CalendarAdministrationService implements CalendarAdministration {

    static final String CONCURRENT_MODIFICATION = "calendar.error.concurrent-modification";

    private final CalendarDays days;
    private final CalendarWorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarAdministrationService(CalendarDays days, CalendarWorkingDays workingDays, AuditTrail audit, Clock clock) {
        this.days = days;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> list(int year) {
        return inYear(year).stream().map(CalendarDay::toEntry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public YearStatus status(int year) {
        List<CalendarDay> entries = inYear(year);
        int holidays = (int) entries.stream().filter(day -> day.getKind() == CalendarDayKind.HOLIDAY).count();
        return new YearStatus(year, holidays, entries.size() - holidays);
    }

    @Override
    @Transactional(readOnly = true)
    public SortedSet<Integer> loadedYears() {
        return workingDays.loadedYears();
    }

    @Override
    public CalendarEntry add(EntryForm form) {
        String name = EntryRules.clean(form.name());
        EntryRules.check(form.date(), form.kind(), name).ifPresent(problem -> {
            throw problem.toException();
        });
        Optional<CalendarDay> existing = days.findByDate(form.date());
        if (existing.isPresent()) {
            throw taken(existing.get(), form.kind());
        }
        CalendarDay day = days.save(new CalendarDay(form.date(), form.kind(), name, actor(), now()));
        flush();
        changed();
        audit.allowed("admin.calendar.add", target(day.getDate()), day.describe());
        return day.toEntry();
    }

    @Override
    public CalendarEntry change(long id, EntryForm form, long expectedVersion) {
        CalendarDay day = require(id);
        if (day.getVersion() == null || day.getVersion() != expectedVersion) {
            throw BusinessException.conflict(CONCURRENT_MODIFICATION);
        }
        String name = EntryRules.clean(form.name());
        EntryRules.check(form.date(), form.kind(), name).ifPresent(problem -> {
            throw problem.toException();
        });
        Optional<CalendarDay> other = days.findByDate(form.date()).filter(found -> !found.getId().equals(day.getId()));
        if (other.isPresent()) {
            throw taken(other.get(), form.kind());
        }
        String before = day.describe();
        if (day.change(form.date(), form.kind(), name, actor(), now())) {
            flush();
            changed();
            audit.allowed("admin.calendar.change", target(day.getDate()), before + " → " + day.describe());
        }
        return day.toEntry();
    }

    @Override
    public void remove(long id) {
        CalendarDay day = require(id);
        days.delete(day);
        flush();
        changed();
        audit.allowed("admin.calendar.remove", target(day.getDate()), day.describe());
    }

    @Override
    public ImportResult importCsv(int year, byte[] csv) {
        List<Line> lines = CalendarCsv.parse(csv, year);
        String actor = actor();
        LocalDateTime now = now();
        int replaced = days.deleteByDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        int imported = 0;
        List<String> neighbours = new ArrayList<>();
        for (Line line : lines) {
            if (line.date().getYear() == year) {
                days.save(new CalendarDay(line.date(), line.kind(), line.name(), actor, now));
                imported++;
            } else {
                Optional<CalendarDay> existing = days.findByDate(line.date());
                if (existing.isPresent()) {
                    existing.get().change(line.date(), line.kind(), line.name(), actor, now);
                } else {
                    days.save(new CalendarDay(line.date(), line.kind(), line.name(), actor, now));
                }
                neighbours.add(line.date() + " " + line.kind() + " " + line.name());
            }
        }
        flush();
        changed();
        audit.allowed("admin.calendar.import", "calendar:" + year, replaced + " → " + imported + " entries"
                + (neighbours.isEmpty() ? "" : "; neighbouring years: " + String.join(", ", neighbours)));
        return new ImportResult(year, imported, replaced, neighbours.size());
    }

    private List<CalendarDay> inYear(int year) {
        return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private CalendarDay require(long id) {
        return days.findById(id).orElseThrow(() -> BusinessException.notFound("calendar.error.not-found"));
    }

    /** The date is taken: by an entry of another kind (a conflict of the arrangement), or of the same kind. */
    private static BusinessException taken(CalendarDay existing, CalendarDayKind wanted) {
        String date = existing.getDate().toString();
        if (existing.getKind() != wanted) {
            return BusinessException.conflict("calendar.error.conflict", date, EntryRules.kindName(existing.getKind()),
                    existing.getName(), EntryRules.kindName(wanted));
        }
        return BusinessException.conflict("calendar.error.taken", date, EntryRules.kindName(existing.getKind()),
                existing.getName());
    }

    /** Writes now, so a race with another administrator ends in a readable refusal rather than a failed commit. */
    private void flush() {
        try {
            days.flush();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException exception) {
            throw BusinessException.conflict(CONCURRENT_MODIFICATION);
        }
    }

    /** Deadlines computed after this transaction see the change. */
    private void changed() {
        workingDays.invalidateAfterCompletion();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

    private static String target(LocalDate date) {
        return "calendar:" + date;
    }
}

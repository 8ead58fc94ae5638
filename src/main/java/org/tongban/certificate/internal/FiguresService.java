package org.tongban.certificate.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import org.tongban.certificate.CertificateFigures;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.CheckOutcome;
import org.tongban.certificate.RequestQuery;
import org.tongban.certificate.RequestRow;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.StaffPrincipal;

/** Counts in the database, grouped by month and by requested body; the workbooks from the same counts. */
@Service
@Transactional(readOnly = true)
class FiguresService implements CertificateFigures {

    private static final int TOP_REFUSED = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final EntityManager entityManager;
    private final RequestScope scope;
    private final CertificateRequests requests;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Messages messages;

    FiguresService(EntityManager entityManager, RequestScope scope, CertificateRequests requests,
                   CurrentStaff currentStaff, AuditTrail audit, Messages messages) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.requests = requests;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
        requireRange(from, to);
        RequestScope.Visible visible = visible("certificate.figures");
        return new Figures(months(visible, from, to), refused(visible, from, to));
    }

    private List<MonthRow> months(RequestScope.Visible visible, LocalDate from, LocalDate to) {
        TypedQuery<Object[]> query = entityManager.createQuery("select extract(year from r.receivedAt),"
                + " extract(month from r.receivedAt), r.communityName, r.certificateCode, r.certificateName, r.status,"
                + " count(r) from CertificateRequest r where r.receivedAt >= :from and r.receivedAt < :until"
                + visible.clause("r") + " group by extract(year from r.receivedAt), extract(month from r.receivedAt),"
                + " r.communityName, r.certificateCode, r.certificateName, r.status", Object[].class);
        Map<List<Object>, Map<CertificateRequestStatus, Long>> tallies = new LinkedHashMap<>();
        for (Object[] row : visible.bind(range(query, from, to)).getResultList()) {
            List<Object> key = List.of(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    row[2], Objects.toString(row[3], ""), row[4]);
            tallies.computeIfAbsent(key, ignored -> new EnumMap<>(CertificateRequestStatus.class))
                    .merge((CertificateRequestStatus) row[5], (Long) row[6], Long::sum);
        }
        List<MonthRow> rows = new ArrayList<>();
        tallies.forEach((key, counts) -> rows.add(new MonthRow((YearMonth) key.get(0), (String) key.get(1),
                ((String) key.get(2)).isEmpty() ? null : (String) key.get(2), (String) key.get(3),
                count(counts, CertificateRequestStatus.ISSUED) + count(counts, CertificateRequestStatus.DELIVERED),
                count(counts, CertificateRequestStatus.REFUSED), count(counts, CertificateRequestStatus.REPLACED),
                count(counts, CertificateRequestStatus.RECEIVED) + count(counts, CertificateRequestStatus.FACT_CHECK)
                        + count(counts, CertificateRequestStatus.APPROVAL))));
        rows.sort(Comparator.comparing(MonthRow::month).thenComparing(MonthRow::communityName)
                .thenComparing(row -> Objects.toString(row.certificateCode(), "~"))
                .thenComparing(MonthRow::certificateName));
        return rows;
    }

    /**
     * The certificates the lists refuse most often, each with the bodies that asked residents for it (unnamed bodies
     * count as null).
     */
    private List<RefusedDemand> refused(RequestScope.Visible visible, LocalDate from, LocalDate to) {
        TypedQuery<Object[]> query = entityManager.createQuery("select r.certificateCode, r.certificateName,"
                + " r.demandedBy, count(r) from CertificateRequest r where r.receivedAt >= :from and r.receivedAt < :until"
                + " and r.checkOutcome in :withoutBasis" + visible.clause("r")
                + " group by r.certificateCode, r.certificateName, r.demandedBy", Object[].class)
                // What the lists refuse; a lawful certificate refused after its fact check is no 减证便民 figure.
                .setParameter("withoutBasis", List.of(CheckOutcome.REFUSE, CheckOutcome.REPLACE));
        Map<List<String>, List<Demander>> byCertificate = new LinkedHashMap<>();
        for (Object[] row : visible.bind(range(query, from, to)).getResultList()) {
            byCertificate.computeIfAbsent(List.of(Objects.toString(row[0], ""), (String) row[1]),
                    ignored -> new ArrayList<>()).add(new Demander((String) row[2], (Long) row[3]));
        }
        return byCertificate.entrySet().stream().map(entry -> {
                    List<Demander> demanders = entry.getValue().stream()
                            .sorted(Comparator.comparingLong(Demander::count).reversed()
                                    .thenComparing(demander -> Objects.toString(demander.name(), "~")))
                            .toList();
                    String code = entry.getKey().get(0);
                    return new RefusedDemand(code.isEmpty() ? null : code, entry.getKey().get(1),
                            demanders.stream().mapToLong(Demander::count).sum(), demanders);
                })
                .sorted(Comparator.comparingLong(RefusedDemand::count).reversed()
                        .thenComparing(RefusedDemand::certificateName))
                .limit(TOP_REFUSED).toList();
    }

    @Override
    public byte[] figuresWorkbook(LocalDate from, LocalDate to) {
        Figures figures = figures(from, to);
        String period = text("certificate.figures.period", DAY.format(from), DAY.format(to));
        return Sheets.workbook(sheets -> {
            monthSheet(sheets, figures.months(), period);
            refusedSheet(sheets, figures.refused(), period);
        });
    }

    private void monthSheet(Sheets sheets, List<MonthRow> rows, String period) {
        Sheet sheet = sheets.create(text("certificate.figures.sheet.months"),
                text("certificate.figures.months.title") + " " + period);
        int index = sheets.header(sheet, 1, List.of(text("certificate.figures.month"),
                text("certificate.figures.community"), text("certificate.figures.code"),
                text("certificate.figures.certificate"), text("certificate.figures.issued"),
                text("certificate.figures.refused"), text("certificate.figures.replaced"),
                text("certificate.figures.in-hand"), text("certificate.figures.total")));
        for (MonthRow row : rows) {
            Row line = sheet.createRow(index++);
            line.createCell(0).setCellValue(row.month().toString());
            line.createCell(1).setCellValue(row.communityName());
            line.createCell(2).setCellValue(Formats.orEmpty(row.certificateCode()));
            line.createCell(3).setCellValue(row.certificateName());
            line.createCell(4).setCellValue(row.issued());
            line.createCell(5).setCellValue(row.refused());
            line.createCell(6).setCellValue(row.replaced());
            line.createCell(7).setCellValue(row.inHand());
            line.createCell(8).setCellValue(row.total());
        }
        sheets.widths(sheet, 10, 10, 14, 9, 40);
    }

    private void refusedSheet(Sheets sheets, List<RefusedDemand> rows, String period) {
        Sheet sheet = sheets.create(text("certificate.figures.sheet.refused"),
                text("certificate.figures.refused.title") + " " + period);
        int index = sheets.header(sheet, 1, List.of(text("certificate.figures.code"),
                text("certificate.figures.certificate"), text("certificate.figures.count"),
                text("certificate.figures.demanded-by"), text("certificate.figures.count")));
        for (RefusedDemand row : rows) {
            for (Demander demander : row.demandedBy()) {
                Row line = sheet.createRow(index++);
                line.createCell(0).setCellValue(Formats.orEmpty(row.certificateCode()));
                line.createCell(1).setCellValue(row.certificateName());
                line.createCell(2).setCellValue(row.count());
                line.createCell(3).setCellValue(demander.name() == null ? text("certificate.figures.unnamed")
                        : demander.name());
                line.createCell(4).setCellValue(demander.count());
            }
        }
        sheets.widths(sheet, 10, 9, 40, 8, 30, 8);
    }

    @Override
    public byte[] registerWorkbook(RequestQuery query) {
        visible("certificate.register.export");
        long total = requests.count(query);
        if (total > MAX_EXPORT_ROWS) {
            throw BusinessException.invalid("certificate.figures.error.too-many", total, MAX_EXPORT_ROWS);
        }
        List<RequestRow> rows = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 500) {
            rows.addAll(requests.search(query, offset, 500));
        }
        audit.allowed("certificate.register.export", "certificate-register", rows.size() + " rows");
        return Sheets.workbook(sheets -> {
            Sheet sheet = sheets.create(text("certificate.figures.sheet.register"), text("certificate.register.title"));
            int index = sheets.header(sheet, 1, List.of(text("certificate.ui.request-number"),
                    text("certificate.ui.received"), text("certificate.ui.channel"), text("certificate.ui.community"),
                    text("certificate.figures.code"), text("certificate.figures.certificate"),
                    text("certificate.ui.applicant"), text("certificate.ui.id-number"), text("certificate.ui.demanded-by"),
                    text("certificate.ui.status"), text("certificate.ui.certificate-number"),
                    text("certificate.ui.issued-on"), text("certificate.ui.validity")));
            for (RequestRow row : rows) {
                Row line = sheet.createRow(index++);
                line.createCell(0).setCellValue(row.requestNumber());
                line.createCell(1).setCellValue(Formats.dateTime(row.receivedAt()));
                line.createCell(2).setCellValue(text(row.channel().messageKey()));
                line.createCell(3).setCellValue(row.communityName());
                line.createCell(4).setCellValue(Formats.orEmpty(row.certificateCode()));
                line.createCell(5).setCellValue(row.certificateName());
                line.createCell(6).setCellValue(row.applicantName());
                line.createCell(7).setCellValue(row.applicantIdNumber());
                line.createCell(8).setCellValue(Formats.orEmpty(row.demandedBy()));
                line.createCell(9).setCellValue(text(row.status().messageKey()));
                line.createCell(10).setCellValue(Formats.orEmpty(row.certificateNumber()));
                line.createCell(11).setCellValue(Formats.date(row.issuedOn()));
                line.createCell(12).setCellValue(row.validity() == null ? "" : text(row.validity().messageKey()));
            }
            sheets.widths(sheet, 12, 24, 17, 6, 12, 9, 36, 8, 20, 20, 12, 22, 11);
        });
    }

    /** The caller's part of the county; staff of no community, subdistrict or civil affairs are refused. */
    private RequestScope.Visible visible(String action) {
        StaffPrincipal me = currentStaff.require();
        RequestScope.Visible visible = scope.visible(me);
        if (visible.nothing()) {
            audit.denied(action, "certificate-register", "no community, subdistrict or county-wide role");
            throw BusinessException.forbidden("certificate.figures.error.forbidden");
        }
        return visible;
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw BusinessException.invalid("certificate.figures.error.range", MAX_DAYS);
        }
    }

    private static <T> TypedQuery<T> range(TypedQuery<T> query, LocalDate from, LocalDate to) {
        return query.setParameter("from", from.atStartOfDay()).setParameter("until", to.plusDays(1).atStartOfDay());
    }

    private static long count(Map<CertificateRequestStatus, Long> counts, CertificateRequestStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    private String text(String key, Object... arguments) {
        return messages.get(key, arguments);
    }
}

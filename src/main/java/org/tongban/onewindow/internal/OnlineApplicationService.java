package org.tongban.onewindow.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.catalog.Channel;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.Intake;
import org.tongban.onewindow.Intake.UploadedFile;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.OnlineApplications;
import org.tongban.onewindow.RatingLevel;

/** The resident's channel: the same reception as the counter, authorised by case number and query code. */
@Service
@Transactional
class OnlineApplicationService implements OnlineApplications {

    private final CaseReception reception;
    private final ServiceCases cases;
    private final CaseNotices notices;
    private final CaseDetailAssembler assembler;
    private final Directory directory;
    private final QueryAttempts attempts;
    private final NoticePrinter printer;
    private final CaseNoticeTexts noticeTexts;
    private final AuditTrail auditTrail;

    OnlineApplicationService(CaseReception reception, ServiceCases cases, CaseNotices notices,
                             CaseDetailAssembler assembler, Directory directory, QueryAttempts attempts,
                             NoticePrinter printer, CaseNoticeTexts noticeTexts, AuditTrail auditTrail) {
        this.reception = reception;
        this.cases = cases;
        this.notices = notices;
        this.assembler = assembler;
        this.directory = directory;
        this.attempts = attempts;
        this.printer = printer;
        this.noticeTexts = noticeTexts;
        this.auditTrail = auditTrail;
    }

    @Override
    public IntakeReceipt apply(Intake intake) {
        if (intake == null || intake.channel() != Channel.ONLINE) {
            throw BusinessException.invalid("onewindow.error.channel-required");
        }
        if (intake.agent() != null) {
            throw BusinessException.invalid("onewindow.error.online-agent");
        }
        return reception.receive(intake, reception.acceptingUnit(intake.acceptingUnitCode()), null);
    }

    @Override
    @Transactional(noRollbackFor = BusinessException.class)
    public CaseDetail find(String caseNumber, String queryCode) {
        ServiceCase serviceCase = authorised(caseNumber, queryCode, false);
        return assembler.assemble(serviceCase, false);
    }

    @Override
    public void resubmit(String caseNumber, String queryCode, List<UploadedFile> uploads) {
        ServiceCase serviceCase = authorised(caseNumber, queryCode, true);
        reception.resubmit(serviceCase, Map.of(), uploads, null);
        auditTrail.allowed("onewindow.online.resubmit", "case:" + serviceCase.caseNumber(), null);
    }

    @Override
    public void rate(String caseNumber, String queryCode, String idNumber, RatingLevel level, String comment) {
        ServiceCase serviceCase = authorised(caseNumber, queryCode, true);
        reception.rate(serviceCase, idNumber, level, comment, Channel.ONLINE);
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = BusinessException.class)
    public byte[] noticePdf(String caseNumber, String queryCode, long noticeId) {
        ServiceCase serviceCase = authorised(caseNumber, queryCode, false);
        CaseNotice notice = notices.findById(noticeId).filter(found -> found.caseId().equals(serviceCase.id()))
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.notice-not-found"));
        return printer.print(noticeTexts.notice(serviceCase, notice));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> receivingUnits() {
        Map<String, String> units = new LinkedHashMap<>();
        for (OrgUnitKind kind : List.of(OrgUnitKind.COMMUNITY, OrgUnitKind.SUBDISTRICT)) {
            directory.units(kind).stream().filter(OrgUnitSummary::active)
                    .forEach(unit -> units.put(unit.code(), unit.name()));
        }
        return units;
    }

    /**
     * The case for this number and code, or the same "not found" for a wrong number and a wrong code, so neither can
     * be told apart by guessing.
     */
    private ServiceCase authorised(String caseNumber, String queryCode, boolean lock) {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
        attempts.requireNotLocked(number);
        java.util.Optional<ServiceCase> found = cases.findByCaseNumber(number);
        if (found.isEmpty() || queryCode == null || !sameCode(found.get().queryCode(), queryCode.strip())) {
            attempts.failed(number);
            auditTrail.denied("onewindow.online.query", "case:" + number, "unknown number or wrong query code");
            throw BusinessException.notFound("onewindow.error.query-not-found");
        }
        attempts.succeeded(number);
        return lock ? cases.lockById(found.get().id()).orElseThrow() : found.get();
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}

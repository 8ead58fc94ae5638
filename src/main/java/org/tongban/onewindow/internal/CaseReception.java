package org.tongban.onewindow.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.base.SequenceNumbers;
import org.tongban.base.UploadedFiles;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.inbox.ProcessConventions;
import org.tongban.onewindow.Intake;
import org.tongban.onewindow.Intake.UploadedFile;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.Provision;
import org.tongban.onewindow.RatingLevel;
import org.tongban.onewindow.ApplicantKind;
import org.tongban.onewindow.CaseStatus;

/**
 * What every channel shares — receiving an application, handing in corrected materials, and the applicant's rating
 * — so the counter and the resident's own page apply exactly the same checks. Runs in the caller's transaction; the
 * caller has already decided who may do it.
 */
@Component
class CaseReception {

    private static final DateTimeFormatter CASE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_COMMENT = 500;

    private final ServiceCases cases;
    private final CaseFiles files;
    private final CaseRatings ratings;
    private final ServiceCatalogue catalogue;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SequenceNumbers sequenceNumbers;
    private final AuditTrail auditTrail;
    private final OneWindowSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseReception(ServiceCases cases, CaseFiles files, CaseRatings ratings, ServiceCatalogue catalogue,
                  WorkingDays workingDays, Directory directory, RuntimeService runtimeService,
                  IdentityService identityService, SequenceNumbers sequenceNumbers, AuditTrail auditTrail,
                  OneWindowSettings settings, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.ratings = ratings;
        this.catalogue = catalogue;
        this.workingDays = workingDays;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.sequenceNumbers = sequenceNumbers;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    /** 收件: validates everything, then writes the case, its materials and files and starts the process. */
    IntakeReceipt receive(Intake intake, OrgUnitSummary unit, String receivedBy) {
        ServiceItem item = catalogue.find(intake.itemCode()).filter(ServiceItem::active)
                .orElseThrow(() -> BusinessException.invalid("onewindow.error.unknown-item"));
        if (intake.channel() == null || !item.channels().contains(intake.channel())) {
            throw BusinessException.invalid("onewindow.error.channel-not-offered", item.name());
        }
        Applicant applicant = validApplicant(intake);
        Intake.Agent agent = validAgent(intake);
        Map<String, ServiceItem.Material> materials = new LinkedHashMap<>();
        item.materials().forEach(material -> materials.put(material.code(), material));
        for (String code : intake.provisions().keySet()) {
            if (!materials.containsKey(code)) {
                throw BusinessException.invalid("onewindow.error.unknown-material", code);
            }
        }
        List<CheckedFile> checked = checkFiles(intake.files(), materials.keySet());

        LocalDateTime now = LocalDateTime.now(clock);
        String subdistrict = unit.kind() == OrgUnitKind.SUBDISTRICT ? unit.code() : unit.parentCode();
        ServiceCase serviceCase = new ServiceCase(nextCaseNumber(now.toLocalDate()), queryCode(), item.code(),
                item.name(), intake.channel(), intake.applicantKind(), applicant.name(), applicant.identifier(),
                applicant.phone(), trimToNull(intake.applicantAddress()), unit.kind().groupPrefix(), unit.code(),
                unit.name(), subdistrict, receivedBy, now, item.promisedDays());
        if (agent != null) {
            serviceCase.recordAgent(agent.name(), agent.idNumber(), agent.phone(), agent.authorisation());
        }
        int position = 0;
        for (ServiceItem.Material material : materials.values()) {
            boolean uploaded = checked.stream().anyMatch(file -> file.materialCode().equals(material.code()));
            Provision provision = uploaded ? Provision.FILE
                    : intake.provisions().getOrDefault(material.code(), Provision.MISSING);
            serviceCase.addMaterial(new CaseMaterial(position++, material.code(), material.name(), material.mandatory(),
                    provision == Provision.FILE && !uploaded ? Provision.MISSING : provision));
        }
        cases.save(serviceCase);
        storeFiles(serviceCase.id(), checked, receivedBy, now);

        Map<String, Object> variables = new HashMap<>();
        variables.put(OneWindowProcess.VAR_CASE_ID, serviceCase.id());
        variables.put(OneWindowProcess.VAR_ITEM_CODE, item.code());
        variables.put(OneWindowProcess.VAR_SUBDISTRICT, subdistrict);
        variables.put(OneWindowProcess.VAR_APPLICANT_KIND, intake.applicantKind().name());
        variables.put(OneWindowProcess.VAR_CATALOGUE_DEPARTMENT, item.departmentCode());
        variables.put(OneWindowProcess.VAR_ACCEPTING_GROUP,
                CandidateGroups.unitRole(unit.kind(), unit.code(), Roles.FRONT_DESK));
        variables.put(OneWindowProcess.VAR_ACCEPTING_DIRECTOR_GROUP,
                CandidateGroups.unitRole(unit.kind(), unit.code(), Roles.DIRECTOR));
        variables.put(OneWindowProcess.VAR_TWO_LEVEL_REVIEW, item.twoLevelReview());
        variables.put(OneWindowProcess.VAR_SITE_VISIT_DAYS, item.siteVisitDays());
        variables.put(OneWindowProcess.VAR_COUNTERSIGN, item.needsCountersign());
        // A string, not a list: Camunda keeps no Java-serialised variables; oneWindowSteps.departments splits it.
        variables.put(OneWindowProcess.VAR_COUNTERSIGN_DEPARTMENTS, String.join(",", item.countersignDepartments()));
        variables.put(OneWindowProcess.VAR_COUNTERSIGN_DISAGREED, false);
        variables.put(ProcessConventions.VAR_CASE_TITLE,
                ResidentIdentifiers.maskName(applicant.name()) + " · " + item.name());
        if (receivedBy != null) {
            variables.put(ProcessConventions.VAR_INITIATOR, receivedBy);
        }
        // Started as the receiving worker, so the case shows under their 我发起的 and Cockpit names who started it.
        identityService.setAuthenticatedUserId(receivedBy);
        String processInstanceId;
        try {
            processInstanceId = runtimeService
                    .startProcessInstanceByKey(OneWindowProcess.KEY, serviceCase.caseNumber(), variables).getId();
        } finally {
            identityService.clearAuthentication();
        }
        serviceCase.startedAs(processInstanceId);
        auditTrail.allowed("onewindow.intake", "case:" + serviceCase.caseNumber(), intake.channel().name());
        return new IntakeReceipt(serviceCase.id(), serviceCase.caseNumber(), serviceCase.queryCode());
    }

    OrgUnitSummary acceptingUnit(String code) {
        OrgUnitSummary unit = directory.findUnit(code).filter(OrgUnitSummary::active)
                .filter(found -> found.kind() == OrgUnitKind.COMMUNITY || found.kind() == OrgUnitKind.SUBDISTRICT)
                .orElseThrow(() -> BusinessException.invalid("onewindow.error.unknown-unit"));
        if (unit.kind() == OrgUnitKind.COMMUNITY && unit.parentCode() == null) {
            throw BusinessException.invalid("onewindow.error.unknown-unit");
        }
        return unit;
    }

    private Applicant validApplicant(Intake intake) {
        if (intake.applicantKind() == null) {
            throw BusinessException.invalid("onewindow.error.applicant-kind");
        }
        String name = trimToNull(intake.applicantName());
        if (name == null || name.length() > (intake.applicantKind() == ApplicantKind.PERSON ? 50 : 100)) {
            throw BusinessException.invalid("onewindow.error.applicant-name");
        }
        String identifier = ResidentIdentifiers.normalise(intake.applicantIdNumber());
        if (intake.applicantKind() == ApplicantKind.PERSON
                ? !ResidentIdentifiers.isValidIdNumber(identifier, LocalDate.now(clock))
                : !ResidentIdentifiers.isValidCreditCode(identifier)) {
            throw BusinessException.invalid(intake.applicantKind() == ApplicantKind.PERSON
                    ? "onewindow.error.id-number" : "onewindow.error.credit-code");
        }
        String phone = ResidentIdentifiers.normalise(intake.applicantPhone());
        if (!ResidentIdentifiers.isValidMobile(phone)) {
            throw BusinessException.invalid("onewindow.error.phone");
        }
        if (intake.applicantAddress() != null && intake.applicantAddress().length() > 200) {
            throw BusinessException.invalid("onewindow.error.address");
        }
        return new Applicant(name, identifier, phone);
    }

    private Intake.Agent validAgent(Intake intake) {
        if (intake.channel() != Channel.ON_BEHALF) {
            return null;
        }
        Intake.Agent agent = intake.agent();
        if (agent == null || trimToNull(agent.name()) == null || agent.name().strip().length() > 50) {
            throw BusinessException.invalid("onewindow.error.agent-required");
        }
        String idNumber = ResidentIdentifiers.normalise(agent.idNumber());
        if (!ResidentIdentifiers.isValidIdNumber(idNumber, LocalDate.now(clock))) {
            throw BusinessException.invalid("onewindow.error.agent-id-number");
        }
        String phone = ResidentIdentifiers.normalise(agent.phone());
        if (!ResidentIdentifiers.isValidMobile(phone)) {
            throw BusinessException.invalid("onewindow.error.agent-phone");
        }
        String authorisation = trimToNull(agent.authorisation());
        if (authorisation == null || authorisation.length() > 200) {
            throw BusinessException.invalid("onewindow.error.agent-authorisation");
        }
        return new Intake.Agent(agent.name().strip(), idNumber, phone, authorisation);
    }

    private List<CheckedFile> checkFiles(List<UploadedFile> uploads, Set<String> materialCodes) {
        List<CheckedFile> checked = new ArrayList<>();
        for (UploadedFile upload : uploads) {
            if (upload == null || !materialCodes.contains(upload.materialCode())) {
                throw BusinessException.invalid("onewindow.error.unknown-material",
                        upload == null ? "" : upload.materialCode());
            }
            String type = UploadedFiles.contentType(upload.fileName(), upload.content(), settings.maxUploadBytes());
            checked.add(new CheckedFile(upload.materialCode(), UploadedFiles.safeName(upload.fileName()), type,
                    upload.content()));
        }
        return checked;
    }

    private void storeFiles(Long caseId, List<CheckedFile> checked, String by, LocalDateTime at) {
        for (CheckedFile file : checked) {
            files.save(new CaseFile(caseId, file.materialCode(), file.name(), file.contentType(), file.content(),
                    UploadedFiles.sha256(file.content()), by, at));
        }
    }

    private String nextCaseNumber(LocalDate day) {
        String date = CASE_DATE.format(day);
        long sequence = sequenceNumbers.next("onewindow.case." + date);
        return "SQ-" + settings.countyCode() + "-" + date + "-" + String.format("%04d", sequence);
    }

    private String queryCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** 补正材料: provisions and files for a case waiting for them; the clock restarts where it had stopped. */
    void resubmit(ServiceCase serviceCase, Map<String, Provision> provisions, List<UploadedFile> uploads, String actor) {
        if (!serviceCase.status().awaitsMaterials()) {
            throw BusinessException.conflict("onewindow.error.not-awaiting-materials");
        }
        Map<String, Provision> given = provisions == null ? Map.of() : provisions;
        Map<String, CaseMaterial> byCode = new HashMap<>();
        serviceCase.materials().forEach(material -> byCode.put(material.code(), material));
        for (String code : given.keySet()) {
            if (!byCode.containsKey(code)) {
                throw BusinessException.invalid("onewindow.error.unknown-material", code);
            }
        }
        List<CheckedFile> checked = checkFiles(uploads == null ? List.of() : uploads, byCode.keySet());
        if (checked.isEmpty() && given.isEmpty()) {
            throw BusinessException.invalid("onewindow.error.nothing-resubmitted");
        }
        given.forEach((code, provision) -> byCode.get(code).provide(provision == Provision.FILE ? Provision.MISSING : provision));
        checked.forEach(file -> byCode.get(file.materialCode()).provide(Provision.FILE));
        LocalDateTime now = LocalDateTime.now(clock);
        storeFiles(serviceCase.id(), checked, actor, now);
        LocalDate resumedDue = null;
        if (serviceCase.status() == CaseStatus.SUPPLEMENT) {
            int waited = workingDays.workingDaysBetween(serviceCase.pausedOn(), now.toLocalDate());
            resumedDue = workingDays.plusWorkingDays(serviceCase.dueOn(), waited);
        }
        serviceCase.resubmitted(now.toLocalDate(), resumedDue);
        runtimeService.createMessageCorrelation(OneWindowProcess.MESSAGE_RESUBMITTED)
                .processInstanceBusinessKey(serviceCase.caseNumber()).correlate();
    }

    /** 好差评 by the applicant or the recorded agent, once. */
    void rate(ServiceCase serviceCase, String raterIdNumber, RatingLevel level, String comment, Channel channel) {
        if (level == null) {
            throw BusinessException.invalid("onewindow.error.rating-level");
        }
        String text = comment(comment);
        if (ratings.findByCaseId(serviceCase.id()).isPresent()) {
            throw BusinessException.conflict("onewindow.error.already-rated");
        }
        if (serviceCase.status() != CaseStatus.DELIVERED) {
            throw BusinessException.conflict("onewindow.error.not-ratable");
        }
        String rater = ResidentIdentifiers.normalise(raterIdNumber);
        if (!serviceCase.mayBeRatedBy(rater)) {
            auditTrail.denied("onewindow.rate", "case:" + serviceCase.caseNumber(), "rater is neither applicant nor agent");
            throw BusinessException.forbidden("onewindow.error.rater-not-applicant");
        }
        CaseRating.RatedBy ratedBy = rater.equals(serviceCase.applicantIdNumber()) ? CaseRating.RatedBy.APPLICANT
                : CaseRating.RatedBy.AGENT;
        ratings.save(new CaseRating(serviceCase.id(), level, text, ratedBy, channel, LocalDateTime.now(clock)));
        serviceCase.close();
        runtimeService.createMessageCorrelation(OneWindowProcess.MESSAGE_RATED)
                .processInstanceBusinessKey(serviceCase.caseNumber())
                .setVariable(OneWindowProcess.VAR_BAD_RATING, level.isBad())
                .correlate();
    }

    private static String comment(String value) {
        String text = trimToNull(value);
        if (text != null && text.length() > MAX_COMMENT) {
            throw BusinessException.invalid("onewindow.error.comment-too-long", MAX_COMMENT);
        }
        return text;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Applicant(String name, String identifier, String phone) {
    }

    private record CheckedFile(String materialCode, String name, String contentType, byte[] content) {
    }
}

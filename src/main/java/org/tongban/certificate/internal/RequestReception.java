package org.tongban.certificate.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.base.SequenceNumbers;
import org.tongban.base.UploadedFiles;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;
import org.tongban.certificate.CertificateApplication;
import org.tongban.certificate.RequestChannel;
import org.tongban.certificate.SubmittedRequest;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.inbox.ProcessConventions;

/**
 * What the counter and the online page share: every check of a request, then the request row, its evidence and the
 * process, in the caller's transaction. The list check runs as the process starts, so the answer already carries it.
 * The caller has already decided who may submit.
 */
@Component
class RequestReception {

    static final int NAME_MAX = 50;
    static final int LINE_MAX = 100;
    static final int DETAILS_MAX = 500;
    static final int RELATION_MAX = 20;
    static final int FILES_MAX = 10;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final CertificateRequestsRepository requests;
    private final EvidenceFiles files;
    private final CertificateList certificateList;
    private final Directory directory;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SequenceNumbers sequences;
    private final AuditTrail audit;
    private final CertificateSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RequestReception(CertificateRequestsRepository requests, EvidenceFiles files, CertificateList certificateList,
                     Directory directory, RuntimeService runtimeService, IdentityService identityService,
                     SequenceNumbers sequences, AuditTrail audit, CertificateSettings settings, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.certificateList = certificateList;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.sequences = sequences;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A community that issues certificates: active, under a subdistrict. */
    OrgUnitSummary community(String code) {
        return directory.findUnit(code == null ? "" : code.strip()).filter(OrgUnitSummary::active)
                .filter(unit -> unit.kind() == OrgUnitKind.COMMUNITY && unit.parentCode() != null)
                .orElseThrow(() -> BusinessException.invalid("certificate.error.unknown-community"));
    }

    SubmittedRequest receive(CertificateApplication application, OrgUnitSummary community, RequestChannel channel,
                             String receivedBy) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Optional<CertificateType> type = type(application, now.toLocalDate());
        String requestedName = type.map(CertificateType::nameZh).orElseGet(() -> requestedName(application));
        String purpose = line(application.purpose(), "purpose", true, LINE_MAX);
        String demandedBy = line(application.demandedBy(), "demanded-by", false, LINE_MAX);
        String details = text(application.details(), DETAILS_MAX, "details");
        CertificateRequest.Person applicant = applicant(application, now.toLocalDate());
        CertificateRequest.Person agent = agent(application.agent(), applicant, now.toLocalDate());
        if (channel == RequestChannel.ONLINE && agent != null) {
            throw BusinessException.invalid("certificate.error.online-agent");
        }
        List<CheckedFile> evidence = evidence(application.evidence());
        if (channel == RequestChannel.ONLINE && evidence.isEmpty() && type.filter(CertificateType::issuable).isPresent()) {
            throw BusinessException.invalid("certificate.error.evidence-required", type.get().requiredEvidence());
        }

        CertificateRequest request = requests.save(new CertificateRequest(
                new CertificateRequest.Receipt(nextNumber(now.toLocalDate()), queryCode(), community.code(),
                        community.name(), community.parentCode(), channel, receivedBy, now),
                new CertificateRequest.Asked(type.map(CertificateType::code).orElse(null),
                        type.map(CertificateType::revision).orElse(null), requestedName,
                        type.map(CertificateType::homeVisit).orElse(false), purpose, demandedBy, details),
                applicant, agent));
        for (CheckedFile file : evidence) {
            files.save(new EvidenceFile(request.id(), file.name(), file.contentType(), file.content(),
                    UploadedFiles.sha256(file.content()), receivedBy, now));
        }
        request.startedAs(start(request, type, community, receivedBy));
        audit.allowed("certificate.request", "certificate-request:" + request.requestNumber(),
                channel.name() + " " + type.map(CertificateType::code).orElse("unlisted") + " → " + request.status());
        return new SubmittedRequest(request.id(), request.requestNumber(), request.queryCode(), request.checkOutcome(),
                request.status(), request.refusalReason(), request.referTo());
    }

    /** The entry asked for: by code, or by a name that is exactly an entry's name or everyday name. */
    private Optional<CertificateType> type(CertificateApplication application, LocalDate today) {
        String code = clean(application.certificateCode());
        if (code != null) {
            return Optional.of(certificateList.find(code, today)
                    .orElseThrow(() -> BusinessException.invalid("certificate.error.unknown-certificate", code)));
        }
        String asked = clean(application.requestedName());
        return asked == null ? Optional.empty() : certificateList.lookUp(asked, today).stream()
                .filter(type -> type.nameZh().equals(asked) || type.aliases().contains(asked)).findFirst();
    }

    private static String requestedName(CertificateApplication application) {
        return line(application.requestedName(), "requested-name", true, LINE_MAX);
    }

    private String start(CertificateRequest request, Optional<CertificateType> type, OrgUnitSummary community,
                         String receivedBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CertificateProcess.VAR_REQUEST_ID, request.id());
        variables.put(CertificateProcess.VAR_LISTING,
                type.map(found -> found.listing().name()).orElse(CertificateProcess.UNLISTED));
        variables.put(CertificateProcess.VAR_REPLACEMENT,
                type.map(CertificateType::replacement).orElse(CertificateReplacement.NONE).name());
        variables.put(CertificateProcess.VAR_FRONT_DESK_GROUP,
                CandidateGroups.unitRole(OrgUnitKind.COMMUNITY, community.code(), Roles.FRONT_DESK));
        variables.put(CertificateProcess.VAR_SIGNER_GROUP, CandidateGroups.unitRole(OrgUnitKind.COMMUNITY,
                community.code(), type.map(CertificateType::signerRole).filter(role -> !role.isBlank())
                        .orElse(Roles.DIRECTOR)));
        variables.put(CertificateProcess.VAR_SUPERVISE_GROUP,
                CandidateGroups.unit(OrgUnitKind.SUBDISTRICT, community.parentCode()));
        variables.put(ProcessConventions.VAR_CASE_TITLE,
                ResidentIdentifiers.maskName(request.applicantName()) + " · " + request.certificateName());
        if (receivedBy != null) {
            variables.put(ProcessConventions.VAR_INITIATOR, receivedBy);
        }
        // Started as the receiving worker, so the request shows under their 我发起的 and Cockpit names who started it.
        identityService.setAuthenticatedUserId(receivedBy);
        try {
            return runtimeService.startProcessInstanceByKey(CertificateProcess.KEY, request.requestNumber(), variables)
                    .getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private CertificateRequest.Person applicant(CertificateApplication application, LocalDate today) {
        String name = line(application.applicantName(), "applicant-name", true, NAME_MAX);
        String idNumber = ResidentIdentifiers.normalise(application.applicantIdNumber());
        if (!ResidentIdentifiers.isValidIdNumber(idNumber, today)) {
            throw BusinessException.invalid("certificate.error.id-number");
        }
        String phone = ResidentIdentifiers.normalise(application.applicantPhone());
        if (!ResidentIdentifiers.isValidMobile(phone)) {
            throw BusinessException.invalid("certificate.error.phone");
        }
        return new CertificateRequest.Person(name, idNumber, phone, null);
    }

    /** An agent is all or nothing: name, ID, phone and relation, and not the applicant. */
    private static CertificateRequest.Person agent(CertificateApplication.Agent agent,
                                                   CertificateRequest.Person applicant, LocalDate today) {
        if (agent == null || (clean(agent.name()) == null && clean(agent.idNumber()) == null
                && clean(agent.phone()) == null && clean(agent.relation()) == null)) {
            return null;
        }
        String name = line(agent.name(), "agent-name", true, NAME_MAX);
        String idNumber = ResidentIdentifiers.normalise(agent.idNumber());
        if (!ResidentIdentifiers.isValidIdNumber(idNumber, today)) {
            throw BusinessException.invalid("certificate.error.agent-id-number");
        }
        if (idNumber.equals(applicant.idNumber())) {
            throw BusinessException.invalid("certificate.error.agent-is-applicant");
        }
        String phone = ResidentIdentifiers.normalise(agent.phone());
        if (!ResidentIdentifiers.isValidMobile(phone)) {
            throw BusinessException.invalid("certificate.error.agent-phone");
        }
        String relation = line(agent.relation(), "agent-relation", true, RELATION_MAX);
        return new CertificateRequest.Person(name, idNumber, phone, relation);
    }

    private List<CheckedFile> evidence(List<CertificateApplication.Evidence> uploads) {
        if (uploads.size() > FILES_MAX) {
            throw BusinessException.invalid("certificate.error.too-many-files", FILES_MAX);
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (CertificateApplication.Evidence upload : uploads) {
            if (upload == null) {
                throw BusinessException.invalid("error.file-empty", "");
            }
            String type = UploadedFiles.contentType(upload.fileName(), upload.content(), settings.maxUploadBytes());
            checked.add(new CheckedFile(UploadedFiles.safeName(upload.fileName()), type, upload.content()));
        }
        return checked;
    }

    /** {@code ZMSQ-<county>-<yyyyMMdd>-<seq>}, gap-free per county and day. */
    private String nextNumber(LocalDate day) {
        String date = NUMBER_DATE.format(day);
        long sequence = sequences.next("certificate.request." + settings.countyCode() + "." + date);
        return "ZMSQ-" + settings.countyCode() + "-" + date + "-" + String.format("%04d", sequence);
    }

    private String queryCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** One line of text of at most {@code max} characters; {@code field} names the refusal. */
    static String line(String value, String field, boolean required, int max) {
        String cleaned = clean(value);
        if (cleaned == null) {
            if (required) {
                throw BusinessException.invalid("certificate.error." + field + "-required");
            }
            return null;
        }
        if (cleaned.length() > max) {
            throw BusinessException.invalid("certificate.error." + field + "-too-long", max);
        }
        if (CONTROL.matcher(cleaned).find()) {
            throw BusinessException.invalid("certificate.error." + field + "-control-characters");
        }
        return cleaned;
    }

    static String text(String value, int max, String field) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > max) {
            throw BusinessException.invalid("certificate.error." + field + "-too-long", max);
        }
        return cleaned;
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record CheckedFile(String name, String contentType, byte[] content) {
    }
}

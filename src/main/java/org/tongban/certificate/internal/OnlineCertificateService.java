package org.tongban.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AttemptLimiter;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.certificate.CertificateApplication;
import org.tongban.certificate.OnlineCertificates;
import org.tongban.certificate.RequestChannel;
import org.tongban.certificate.ResidentView;
import org.tongban.certificate.SubmittedRequest;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;

/** The resident's channel: the same reception as the counter, followed by request number and query code. */
@Service
@Transactional
class OnlineCertificateService implements OnlineCertificates {

    /** ZMSQ-<county>-<yyyyMMdd>-<seq>: anything else is not looked up, and not counted against a number. */
    private static final Pattern REQUEST_NUMBER = Pattern.compile("ZMSQ-[A-Z0-9-]{1,20}-\\d{8}-\\d{4,9}");

    private final RequestReception reception;
    private final CertificateRequestsRepository requests;
    private final IssuedCertificates certificates;
    private final RequestDetails details;
    private final RefusalNotices notices;
    private final Directory directory;
    private final AuditTrail audit;
    private final AttemptLimiter numberAttempts;
    private final AttemptLimiter clientAttempts;

    OnlineCertificateService(RequestReception reception, CertificateRequestsRepository requests,
                             IssuedCertificates certificates, RequestDetails details,
                             RefusalNotices notices, Directory directory, AuditTrail audit,
                             CertificateSettings settings, Clock clock) {
        this.reception = reception;
        this.requests = requests;
        this.certificates = certificates;
        this.details = details;
        this.notices = notices;
        this.directory = directory;
        this.audit = audit;
        CertificateSettings.OnlineQuery limits = settings.onlineQuery();
        this.numberAttempts = new AttemptLimiter(limits.maxFailures(), limits.lock(), clock);
        this.clientAttempts = new AttemptLimiter(limits.clientAttempts(), limits.lock(), clock);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> communities() {
        Map<String, String> subdistricts = new LinkedHashMap<>();
        directory.units(OrgUnitKind.SUBDISTRICT).forEach(unit -> subdistricts.put(unit.code(), unit.name()));
        Map<String, String> communities = new LinkedHashMap<>();
        directory.units(OrgUnitKind.COMMUNITY).stream()
                .filter(unit -> unit.active() && unit.parentCode() != null)
                .forEach(unit -> communities.put(unit.code(),
                        subdistricts.getOrDefault(unit.parentCode(), "") + " · " + unit.name()));
        return communities;
    }

    @Override
    public SubmittedRequest apply(CertificateApplication application) {
        if (application == null) {
            throw BusinessException.invalid("certificate.error.application-required");
        }
        OrgUnitSummary community = reception.community(application.communityCode());
        return reception.receive(application, community, RequestChannel.ONLINE, null);
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = BusinessException.class)
    public ResidentView query(String requestNumber, String queryCode, String client) {
        return details.residentView(authorised(requestNumber, queryCode, client));
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = BusinessException.class)
    public byte[] certificatePdf(String requestNumber, String queryCode, String client) {
        CertificateRequest request = authorised(requestNumber, queryCode, client);
        Optional<CertificateFacts> issued = certificates.factsByRequestId(request.id());
        if (issued.isPresent() && issued.get().revokedAt() != null) {
            throw BusinessException.conflict("certificate.error.revoked-no-download");
        }
        Optional<CertificateFacts> sentOnline = issued.filter(RequestDetails::downloadable);
        if (sentOnline.isEmpty()) {
            throw BusinessException.notFound("certificate.error.not-sent-online");
        }
        audit.allowed("certificate.online.download", "certificate:" + sentOnline.get().number(), null);
        return certificates.pdfByRequestId(request.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = BusinessException.class)
    public byte[] noticePdf(String requestNumber, String queryCode, String client) {
        return notices.print(authorised(requestNumber, queryCode, client));
    }

    /**
     * The request for this number and code, or the same "not found" for a wrong number and a wrong code, so neither
     * can be told apart by guessing. Every attempt counts against the number and against the client (its address, an
     * IPv6 client by its /64) until the right code resets the number; too many lock either for a while.
     */
    private CertificateRequest authorised(String requestNumber, String queryCode, String client) {
        String number = requestNumber == null ? "" : requestNumber.strip().toUpperCase(Locale.ROOT);
        String code = queryCode == null ? "" : queryCode.strip();
        if (!clientAttempts.tryAcquire(AttemptLimiter.clientKey(client))) {
            audit.denied("certificate.online.query", "client:" + AttemptLimiter.clientKey(client), "too many attempts");
            throw BusinessException.forbidden("certificate.error.query-locked", clientAttempts.window().toMinutes());
        }
        Optional<CertificateRequest> found = REQUEST_NUMBER.matcher(number).matches()
                ? requests.findByRequestNumber(number) : Optional.empty();
        if (found.isEmpty()) {
            throw notFound(number);
        }
        if (!numberAttempts.tryAcquire(number)) {
            throw BusinessException.forbidden("certificate.error.query-locked", numberAttempts.window().toMinutes());
        }
        if (!sameCode(found.get().queryCode(), code)) {
            throw notFound(number);
        }
        numberAttempts.reset(number);
        return found.get();
    }

    private BusinessException notFound(String number) {
        audit.denied("certificate.online.query", "certificate-request:" + number, "unknown number or wrong code");
        return BusinessException.notFound("certificate.error.query-not-found");
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}

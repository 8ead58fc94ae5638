package org.tongban.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AttemptLimiter;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.certificate.CertificateApplication;
import org.tongban.certificate.DeliveryMethod;
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

    private final RequestReception reception;
    private final CertificateRequestsRepository requests;
    private final IssuedCertificates certificates;
    private final RequestDetails details;
    private final RefusalNotices notices;
    private final Directory directory;
    private final AuditTrail audit;
    private final AttemptLimiter failures;

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
        this.failures = new AttemptLimiter(settings.onlineQuery().maxFailures(), settings.onlineQuery().lock(), clock);
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
    public ResidentView query(String requestNumber, String queryCode) {
        return details.residentView(authorised(requestNumber, queryCode));
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = BusinessException.class)
    public byte[] certificatePdf(String requestNumber, String queryCode) {
        CertificateRequest request = authorised(requestNumber, queryCode);
        Optional<CertificateFacts> sentOnline = certificates.factsByRequestId(request.id())
                .filter(facts -> facts.deliveryMethod() == DeliveryMethod.ONLINE);
        if (sentOnline.isEmpty()) {
            throw BusinessException.notFound("certificate.error.not-sent-online");
        }
        audit.allowed("certificate.online.download", "certificate:" + sentOnline.get().number(), null);
        return certificates.pdfByRequestId(request.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = BusinessException.class)
    public byte[] noticePdf(String requestNumber, String queryCode) {
        return notices.print(authorised(requestNumber, queryCode));
    }

    /**
     * The request for this number and code, or the same "not found" for a wrong number and a wrong code, so neither
     * can be told apart by guessing; too many wrong codes lock the number for a while.
     */
    private CertificateRequest authorised(String requestNumber, String queryCode) {
        String number = requestNumber == null ? "" : requestNumber.strip().toUpperCase(Locale.ROOT);
        if (!failures.allows(number)) {
            throw BusinessException.forbidden("certificate.error.query-locked", failures.window().toMinutes());
        }
        Optional<CertificateRequest> found = requests.findByRequestNumber(number);
        if (found.isEmpty() || queryCode == null || !sameCode(found.get().queryCode(), queryCode.strip())) {
            failures.count(number);
            audit.denied("certificate.online.query", "certificate-request:" + number, "unknown number or wrong code");
            throw BusinessException.notFound("certificate.error.query-not-found");
        }
        failures.reset(number);
        return found.get();
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}

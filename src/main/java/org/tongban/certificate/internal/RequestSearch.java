package org.tongban.certificate.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.tongban.certificate.RequestQuery;

/**
 * The register's search as a JPA specification. Free text picks one indexed condition by its shape: an 18-character
 * ID number, a request number (ZMSQ-…) or certificate number (ZM-…) prefix, else the start of a name.
 */
final class RequestSearch {

    private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("\\d{17}[0-9X]");

    private RequestSearch() {
    }

    static Specification<CertificateRequest> of(RequestQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> all = new ArrayList<>();
            String text = RequestReception.clean(query.text());
            if (text != null) {
                String upper = text.toUpperCase(Locale.ROOT);
                if (ID_NUMBER.matcher(upper).matches()) {
                    all.add(builder.equal(root.get("applicantIdNumber"), upper));
                } else if (upper.startsWith("ZMSQ-")) {
                    all.add(builder.like(root.get("requestNumber"), escape(upper) + "%", '\\'));
                } else if (upper.startsWith("ZM-")) {
                    all.add(builder.like(root.get("certificateNumber"), escape(upper) + "%", '\\'));
                } else {
                    all.add(builder.like(root.get("applicantName"), escape(text) + "%", '\\'));
                }
            }
            if (RequestReception.clean(query.communityCode()) != null) {
                all.add(builder.equal(root.get("communityCode"), query.communityCode().strip()));
            }
            if (RequestReception.clean(query.certificateCode()) != null) {
                all.add(builder.equal(root.get("certificateCode"), query.certificateCode().strip()));
            }
            if (!query.statuses().isEmpty()) {
                all.add(root.get("status").in(query.statuses()));
            }
            if (query.receivedFrom() != null) {
                all.add(builder.greaterThanOrEqualTo(root.get("receivedAt"), query.receivedFrom().atStartOfDay()));
            }
            if (query.receivedTo() != null) {
                all.add(builder.lessThanOrEqualTo(root.get("receivedAt"), query.receivedTo().atTime(LocalTime.MAX)));
            }
            if (query.revokedOnly()) {
                Subquery<Long> revoked = criteria.subquery(Long.class);
                var certificate = revoked.from(IssuedCertificate.class);
                revoked.select(certificate.get("requestId")).where(builder.isNotNull(certificate.get("revokedAt")));
                all.add(root.get("id").in(revoked));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.tongban.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CertificateListConfiguration {

    @Bean
    CachedCertificateList certificateList(CertificateRevisions revisions) {
        return new CachedCertificateList(() -> load(revisions));
    }

    static CertificateIndex load(CertificateRevisions revisions) {
        return new CertificateIndex(revisions.findAll().stream().map(CertificateRevision::toCertificateType).toList());
    }
}

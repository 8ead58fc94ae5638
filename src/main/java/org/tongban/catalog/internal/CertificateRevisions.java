package org.tongban.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRevisions extends JpaRepository<CertificateRevision, Long> {

    List<CertificateRevision> findByCodeOrderByRevision(String code);

    Optional<CertificateRevision> findFirstByCodeOrderByRevisionDesc(String code);

    boolean existsByCode(String code);
}

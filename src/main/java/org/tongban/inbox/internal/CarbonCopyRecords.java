package org.tongban.inbox.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CarbonCopyRecords extends JpaRepository<CarbonCopy, Long> {

    Page<CarbonCopy> findByRecipientOrderByIdDesc(String recipient, Pageable pageable);

    Page<CarbonCopy> findByRecipientAndReadAtIsNullOrderByIdDesc(String recipient, Pageable pageable);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByProcessInstanceIdAndRecipient(String processInstanceId, String recipient);
}

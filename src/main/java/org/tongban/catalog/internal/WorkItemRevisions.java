package org.tongban.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkItemRevisions extends JpaRepository<WorkItemRevision, Long> {

    List<WorkItemRevision> findByCodeOrderByRevision(String code);

    Optional<WorkItemRevision> findFirstByCodeOrderByRevisionDesc(String code);

    boolean existsByCode(String code);
}

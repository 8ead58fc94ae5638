package org.tongban.base.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where :text is null
               or lower(e.actor) like :text or lower(e.action) like :text or lower(e.target) like :text
            order by e.id desc""")
    Page<AuditEvent> search(@Param("text") String likePattern, Pageable pageable);
}

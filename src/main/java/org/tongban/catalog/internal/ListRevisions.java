package org.tongban.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The revisions of one list, as {@link ListChanges} reads them. */
@NoRepositoryBean
interface ListRevisions<R extends ListRevision<?>> extends JpaRepository<R, Long> {

    List<R> findByCodeOrderByRevision(String code);

    Optional<R> findFirstByCodeOrderByRevisionDesc(String code);

    boolean existsByCode(String code);
}

package org.tongban.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.tongban.identity.OrgUnitKind;

public interface OrgUnits extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    /** A unit and its parent's code (null at the top) in one query: the dispatch gate asks this for every check. */
    @org.springframework.data.jpa.repository.Query(
            "select u, p.code from OrgUnit u left join OrgUnit p on p.id = u.parentId where u.code = ?1")
    List<Object[]> findWithParentCode(String code);

    boolean existsByCode(String code);

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    long countByParentIdAndActiveTrue(Long parentId);

    boolean existsByKind(OrgUnitKind kind);

    Optional<OrgUnit> findFirstByKind(OrgUnitKind kind);
}

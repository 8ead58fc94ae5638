package org.tongban.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.tongban.identity.OrgUnitKind;

public interface OrgUnits extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    boolean existsByCode(String code);

    List<OrgUnit> findByIdIn(Collection<Long> ids);

    long countByParentIdAndActiveTrue(Long parentId);

    boolean existsByKind(OrgUnitKind kind);

    Optional<OrgUnit> findFirstByKind(OrgUnitKind kind);
}

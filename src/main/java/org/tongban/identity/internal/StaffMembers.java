package org.tongban.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffMembers extends JpaRepository<Staff, Long> {

    Optional<Staff> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Staff> findByUsernameIn(Collection<String> usernames);

    @Query("select distinct s from Staff s join s.assignments a where a.orgUnitId = :unitId")
    List<Staff> findByUnit(@Param("unitId") Long unitId);

    @Query("select distinct s from Staff s join s.assignments a where a.orgUnitId = :unitId and a.roleCode = :roleCode")
    List<Staff> findByUnitAndRole(@Param("unitId") Long unitId, @Param("roleCode") String roleCode);

    @Query("select distinct s from Staff s join s.assignments a where a.roleCode = :roleCode")
    List<Staff> findByRole(@Param("roleCode") String roleCode);

    @Query("select count(s) > 0 from Staff s join s.assignments a where a.roleCode = :roleCode")
    boolean existsByRole(@Param("roleCode") String roleCode);

    @Query("select count(s) > 0 from Staff s join s.assignments a where a.orgUnitId = :unitId")
    boolean existsByUnit(@Param("unitId") Long unitId);

    @Query("""
            select s from Staff s
            where :text is null or lower(s.username) like :text or lower(s.displayName) like :text
            order by s.username""")
    Page<Staff> search(@Param("text") String likePattern, Pageable pageable);
}

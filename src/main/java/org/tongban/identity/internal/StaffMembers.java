package org.tongban.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tongban.identity.OrgUnitKind;

public interface StaffMembers extends JpaRepository<Staff, Long> {

    Optional<Staff> findByUsername(String username);

    /** The staff member, with the row locked until the transaction ends: sign-in bookkeeping queues per account. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Staff s where s.username = :username")
    Optional<Staff> lockByUsername(@Param("username") String username);

    boolean existsByUsernameAndFailedAttemptsGreaterThan(String username, int failedAttempts);

    boolean existsByUsername(String username);

    List<Staff> findByUsernameIn(Collection<String> usernames);

    @Query("select distinct s from Staff s join s.assignments a where a.orgUnitId = :unitId")
    List<Staff> findByUnit(@Param("unitId") Long unitId);

    @Query("select distinct s from Staff s join s.assignments a where a.orgUnitId = :unitId and a.roleCode = :roleCode")
    List<Staff> findByUnitAndRole(@Param("unitId") Long unitId, @Param("roleCode") String roleCode);

    @Query("select distinct s from Staff s join s.assignments a where a.roleCode = :roleCode")
    List<Staff> findByRole(@Param("roleCode") String roleCode);

    /** Pairs of (unit id, number of staff with a role in it). */
    @Query("select a.orgUnitId, count(distinct s.id) from Staff s join s.assignments a group by a.orgUnitId")
    List<Object[]> countStaffByUnit();

    /** Pairs of (role code, number of staff holding it). */
    @Query("select a.roleCode, count(distinct s.id) from Staff s join s.assignments a group by a.roleCode")
    List<Object[]> countStaffByRole();

    @Query("select count(distinct s.id) from Staff s join s.assignments a where a.orgUnitId = :unitId")
    long countByUnit(@Param("unitId") Long unitId);

    @Query("select count(distinct s.id) from Staff s join s.assignments a where a.roleCode = :roleCode")
    long countByRole(@Param("roleCode") String roleCode);

    @Query("""
            select count(distinct s.id) from Staff s join s.assignments a, OrgUnit u
            where u.id = a.orgUnitId and a.roleCode = :roleCode and u.kind = :kind""")
    long countByRoleInUnitKind(@Param("roleCode") String roleCode, @Param("kind") OrgUnitKind kind);

    /** Whether an enabled person (not a service account) holds the role somewhere. */
    @Query("""
            select count(s) > 0 from Staff s join s.assignments a
            where a.roleCode = :roleCode and s.enabled = true and s.serviceAccount = false""")
    boolean existsEnabledPersonWithRole(@Param("roleCode") String roleCode);

    /** Enabled people (not service accounts) other than {@code username} who hold the role somewhere. */
    @Query("""
            select count(distinct s.id) from Staff s join s.assignments a
            where a.roleCode = :roleCode and s.enabled = true and s.serviceAccount = false and s.username <> :username""")
    long countOtherPeopleWithRole(@Param("roleCode") String roleCode, @Param("username") String username);

    @Query("""
            select s from Staff s
            where :text is null or lower(s.username) like :text or lower(s.displayName) like :text
            order by s.username""")
    Page<Staff> search(@Param("text") String likePattern, Pageable pageable);
}

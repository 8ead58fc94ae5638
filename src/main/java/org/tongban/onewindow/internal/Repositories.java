package org.tongban.onewindow.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Cases by id and number; the row lock serialises two steps racing on one case. */
interface ServiceCases extends JpaRepository<ServiceCase, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<ServiceCase> {

    Optional<ServiceCase> findByCaseNumber(String caseNumber);

    Optional<ServiceCase> findByProcessInstanceId(String processInstanceId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ServiceCase c where c.id = ?1")
    Optional<ServiceCase> lockById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ServiceCase c where c.processInstanceId = ?1")
    Optional<ServiceCase> lockByProcessInstanceId(String processInstanceId);
}

interface CaseFiles extends JpaRepository<CaseFile, Long> {

    List<CaseFile> findByCaseIdOrderById(Long caseId);
}

interface CaseNotices extends JpaRepository<CaseNotice, Long> {

    List<CaseNotice> findByCaseIdOrderById(Long caseId);

    long countByCaseIdAndKind(Long caseId, org.tongban.onewindow.NoticeKind kind);
}

interface CaseRatings extends JpaRepository<CaseRating, Long> {

    Optional<CaseRating> findByCaseId(Long caseId);
}

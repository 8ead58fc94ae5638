package org.tongban.workaccess.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Requests by id, number and decision number; the row lock serialises two steps racing on one request. */
interface AccessRequestsRepository extends JpaRepository<AccessRequest, Long>, JpaSpecificationExecutor<AccessRequest> {

    /** With its targets in the same query: the gate reads both for every check. */
    @Query("select r from AccessRequest r left join fetch r.targetCodes where r.decisionNumber = ?1")
    Optional<AccessRequest> findByDecisionNumber(String decisionNumber);

    Optional<AccessRequest> findByRequestNumber(String requestNumber);

    Optional<AccessRequest> findByProcessInstanceId(String processInstanceId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AccessRequest r where r.id = ?1")
    Optional<AccessRequest> lockById(Long id);
}

interface RequestFiles extends JpaRepository<RequestFile, Long> {

    List<RequestFile> findByRequestIdOrderById(Long requestId);
}

interface Dispatches extends JpaRepository<Dispatch, Long> {

    List<Dispatch> findByRequestIdOrderById(Long requestId);
}

interface DispatchTargets extends JpaRepository<DispatchTarget, Long> {

    List<DispatchTarget> findByDispatchIdOrderById(Long dispatchId);

    Optional<DispatchTarget> findByProcessInstanceId(String processInstanceId);
}

interface DispatchFiles extends JpaRepository<DispatchFile, Long> {

    List<DispatchFile> findByDispatchIdOrderById(Long dispatchId);
}

interface RefusedDispatches extends JpaRepository<RefusedDispatch, Long>, JpaSpecificationExecutor<RefusedDispatch> {
}

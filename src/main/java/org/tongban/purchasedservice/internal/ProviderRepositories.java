package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Providers extends JpaRepository<Provider, Long>, JpaSpecificationExecutor<Provider> {

    Optional<Provider> findByUnitCode(String unitCode);

    List<Provider> findByUnitCodeInOrderByUnitCode(Collection<String> unitCodes);

    boolean existsByUnitCode(String unitCode);

    /** Another provider with the credit code, if any: two registrations of one organisation are refused. */
    Optional<Provider> findFirstByCreditCodeAndIdNot(String creditCode, Long id);

    Optional<Provider> findFirstByCreditCode(String creditCode);

    @Query("select p.unitCode from Provider p")
    List<String> unitCodes();

    /** Serialises the changes of one provider: blacklisting checks the entries another manager may be adding. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Provider p where p.unitCode = ?1")
    Optional<Provider> lockByUnitCode(String unitCode);
}

interface ProviderQualificationRecords extends JpaRepository<ProviderQualificationRecord, Long> {

    /** A provider's qualifications without their scans, oldest first. */
    @Query("""
            select new org.tongban.purchasedservice.internal.ProviderQualificationListing(q.id, q.providerId, q.name,
                   q.number, q.issuer, q.validUntil, q.fileName, q.contentType, q.sizeBytes, q.addedBy, q.addedAt,
                   q.removedBy, q.removedAt, q.removeReason)
            from ProviderQualificationRecord q where q.providerId = ?1 order by q.id""")
    List<ProviderQualificationListing> listingOf(Long providerId);

    /** The first qualification still on the register that ran out before {@code day}, earliest first. */
    @Query("""
            select new org.tongban.purchasedservice.internal.ProviderQualificationListing(q.id, q.providerId, q.name,
                   q.number, q.issuer, q.validUntil, q.fileName, q.contentType, q.sizeBytes, q.addedBy, q.addedAt,
                   q.removedBy, q.removedAt, q.removeReason)
            from ProviderQualificationRecord q
            where q.providerId = ?1 and q.removedAt is null and q.validUntil < ?2 order by q.validUntil, q.id""")
    List<ProviderQualificationListing> expiredBefore(Long providerId, LocalDate day);

    @Query("select q.content from ProviderQualificationRecord q where q.id = ?1 and q.providerId = ?2")
    Optional<byte[]> content(Long id, Long providerId);

    Optional<ProviderQualificationRecord> findByIdAndProviderId(Long id, Long providerId);
}

interface ProviderBlacklistEntries extends JpaRepository<ProviderBlacklistEntry, Long> {

    List<ProviderBlacklistEntry> findByProviderIdOrderByStartsOnDescIdDesc(Long providerId);

    Optional<ProviderBlacklistEntry> findByIdAndProviderId(Long id, Long providerId);

    /**
     * The entries of these providers in force on {@code day}: within the term, and not lifted by the end of the day
     * before ({@code nextDay} is the start of the day after: an entry lifted on the day no longer counts that day).
     */
    @Query("""
            select e from ProviderBlacklistEntry e
            where e.providerId in ?1 and e.startsOn <= ?2 and e.endsOn >= ?2
              and (e.liftedAt is null or e.liftedAt >= ?3)""")
    List<ProviderBlacklistEntry> inForce(Collection<Long> providerIds, LocalDate day, LocalDateTime nextDay);
}

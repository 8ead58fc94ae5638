package org.tongban.seal.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.tongban.seal.SealKind;

interface Seals extends JpaRepository<Seal, Long> {

    /** The unit's active seals whose scope list has the use now, lowest code first. */
    @Query("""
            select s from Seal s join s.scope e
            where s.ownerUnitCode = ?1 and s.active = true and e.useCode = ?2 and e.removedAt is null
            order by s.code""")
    List<Seal> findCovering(String unitCode, String useCode);

    @Query("""
            select count(s) > 0 from Seal s join s.scope e
            where s.ownerUnitCode = ?1 and s.active = true and e.useCode = ?2 and e.removedAt is null""")
    boolean covers(String unitCode, String useCode);

    long countByOwnerUnitCode(String unitCode);

    /** Serialises the changes of one seal: the second of two administrators sees the first one's version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Seal s where s.id = ?1")
    Optional<Seal> lockById(Long id);

    /** Every seal without its image, which the list does not show: by unit, then code. */
    @Query("""
            select s.id as id, s.code as code, s.ownerUnitCode as ownerUnitCode, s.name as name, s.kind as kind,
                   s.keeper as keeper, s.active as active, s.imageSha256 as imageSha256,
                   s.registeredBy as registeredBy, s.registeredAt as registeredAt, s.retiredBy as retiredBy,
                   s.retiredAt as retiredAt, s.retireReason as retireReason, s.version as version
            from Seal s where (?1 is null or s.active = ?1) order by s.ownerUnitCode, s.code""")
    List<SealRow> rows(Boolean active);

    @Query("""
            select s.id as id, s.code as code, s.ownerUnitCode as ownerUnitCode, s.name as name, s.kind as kind,
                   s.keeper as keeper, s.active as active, s.imageSha256 as imageSha256,
                   s.registeredBy as registeredBy, s.registeredAt as registeredAt, s.retiredBy as retiredBy,
                   s.retiredAt as retiredAt, s.retireReason as retireReason, s.version as version
            from Seal s where s.ownerUnitCode in ?1 and (?2 is null or s.active = ?2)
            order by s.ownerUnitCode, s.code""")
    List<SealRow> rowsOf(Collection<String> unitCodes, Boolean active);

    @Query("select s.ownerUnitCode from Seal s where s.id = ?1")
    Optional<String> ownerOf(Long id);

    @Query("select s.image from Seal s where s.id = ?1")
    Optional<byte[]> image(Long id);

    /** A seal as listed: everything but the image. */
    interface SealRow {
        Long getId();
        String getCode();
        String getOwnerUnitCode();
        String getName();
        SealKind getKind();
        String getKeeper();
        boolean isActive();
        String getImageSha256();
        String getRegisteredBy();
        LocalDateTime getRegisteredAt();
        String getRetiredBy();
        LocalDateTime getRetiredAt();
        String getRetireReason();
        long getVersion();
    }
}

interface ScopeEntries extends JpaRepository<ScopeEntry, Long> {

    List<ScopeEntry> findBySealIdInOrderById(Collection<Long> sealIds);
}

interface SealUses extends JpaRepository<SealUse, Long>, JpaSpecificationExecutor<SealUse> {

    boolean existsByOwnerUnitCodeAndUseCodeAndDocumentReference(String unitCode, String useCode,
                                                                String documentReference);
}

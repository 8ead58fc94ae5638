package org.tongban.seal.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.seal.SealImpression;
import org.tongban.seal.SealRegister;

/**
 * {@link SealRegister} over the seal tables. Open to every caller, signed in or not (a process step seals too): the
 * module that issues the document decides who may; this one decides with which seal, and whether at all. Every
 * refusal is recorded as denied in the audit trail, in its own transaction, so a misuse attempt stays visible after
 * the caller's work is rolled back.
 */
@Service
class JpaSealRegister implements SealRegister {

    static final String ACTION = "seal.use";
    private static final Conflicts CONFLICTS = new Conflicts("seal.error.concurrent-modification");

    private final Seals seals;
    private final SealUses uses;
    private final Uses useNames;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    JpaSealRegister(Seals seals, SealUses uses, Uses useNames, Directory directory, AuditTrail audit, Clock clock) {
        this.seals = seals;
        this.uses = uses;
        this.useNames = useNames;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SealImpression use(String ownerUnitCode, String useCode, String documentReference, String usedBy) {
        String unit = SealRules.clean(ownerUnitCode);
        String use = SealRules.clean(useCode);
        String reference = SealRules.reference(documentReference);
        String by = SealRules.clean(usedBy);
        Attempt attempt = new Attempt(unit, use, documentReference, by);
        if (reference == null) {
            throw refuse(attempt, "no document number", BusinessException.invalid("seal.error.reference-required",
                    unitName(unit), useNames.describe(use), SealRules.REFERENCE_MAX));
        }
        if (by == null) {
            throw refuse(attempt, "nobody named as using it", BusinessException.invalid("seal.error.user-required"));
        }
        List<Seal> covering = unit == null || use == null ? List.of() : seals.findCovering(unit, use);
        if (covering.isEmpty()) {
            throw refuse(attempt, "no active seal of the unit has the use on its scope list",
                    BusinessException.forbidden("seal.error.no-seal-for-use", unitName(unit), useNames.describe(use)));
        }
        if (uses.existsByOwnerUnitCodeAndUseCodeAndDocumentReference(unit, use, reference)) {
            throw refuse(attempt, "the document was sealed for this use before", sealedBefore(unit, use, reference));
        }
        Seal seal = covering.get(0);
        SealUse logged = uses.save(new SealUse(seal, seal.scopeEntry(use).orElseThrow(), reference, by, now()));
        try {
            CONFLICTS.flush(uses, "seal.error.already-sealed", reference, unit, use);
        } catch (BusinessException raced) {
            throw refuse(attempt, "the document was sealed for this use at the same moment",
                    sealedBefore(unit, use, reference));
        }
        return new SealImpression(seal.code(), seal.name(), seal.image(), logged.id());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean covers(String ownerUnitCode, String useCode) {
        String unit = SealRules.clean(ownerUnitCode);
        String use = SealRules.clean(useCode);
        return unit != null && use != null && seals.covers(unit, use);
    }

    /** Named only when it happens: the unit's name costs a lookup that a successful use need not pay. */
    private BusinessException sealedBefore(String unit, String use, String reference) {
        return BusinessException.conflict("seal.error.already-sealed", reference, unitName(unit),
                useNames.describe(use));
    }

    private BusinessException refuse(Attempt attempt, String why, BusinessException refusal) {
        audit.denied(ACTION, "seal-use:" + attempt.unit() + ":" + attempt.reference(),
                "use " + attempt.use() + " by " + attempt.by() + ": " + why);
        return refusal;
    }

    private String unitName(String unitCode) {
        return unitCode == null ? "" : directory.findUnit(unitCode).map(OrgUnitSummary::name).orElse(unitCode);
    }

    /** Whole seconds: the MySQL profile stores no fractions (sendFractionalSeconds=false). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** What was asked, as the audit trail records it. */
    private record Attempt(String unit, String use, String reference, String by) {
    }
}

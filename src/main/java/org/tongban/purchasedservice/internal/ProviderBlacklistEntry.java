package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;

/** One blacklist term of a provider; lifting it early ends it from that day, and the row stays. */
@Entity
@Table(name = "ps_provider_blacklisting")
class ProviderBlacklistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private Long providerId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private LocalDateTime enteredAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lifted_at")
    private LocalDateTime liftedAt;

    @Column(name = "lift_reason")
    private String liftReason;

    protected ProviderBlacklistEntry() {
    }

    ProviderBlacklistEntry(Long providerId, String reason, LocalDate startsOn, LocalDate endsOn, String enteredBy,
                           LocalDateTime enteredAt) {
        this.providerId = providerId;
        this.reason = reason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** Ends the term early: refused once lifted, and once the term is over (there is nothing left to lift). */
    void lift(String actor, LocalDateTime now, String reason) {
        if (liftedAt != null) {
            throw BusinessException.conflict("purchasedservice.provider.error.already-lifted", liftedBy,
                    liftedAt.toLocalDate().toString());
        }
        if (endsOn.isBefore(now.toLocalDate())) {
            throw BusinessException.conflict("purchasedservice.provider.error.term-over", endsOn.toString());
        }
        this.liftedBy = actor;
        this.liftedAt = now;
        this.liftReason = reason;
    }

    /** Bars the provider for some day from {@code from} to {@code until}: the terms meet and it was not lifted. */
    boolean overlaps(LocalDate from, LocalDate until) {
        return liftedAt == null && !startsOn.isAfter(until) && !endsOn.isBefore(from);
    }

    Long id() { return id; }
    Long providerId() { return providerId; }
    String reason() { return reason; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    String enteredBy() { return enteredBy; }
    LocalDateTime enteredAt() { return enteredAt; }
    String liftedBy() { return liftedBy; }
    LocalDateTime liftedAt() { return liftedAt; }
    String liftReason() { return liftReason; }
}

package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ProviderKind;

/**
 * A provider's profile on the register, on its organisation unit, which never changes. It is taken out of use and
 * back, never deleted; its qualifications and blacklist entries are rows of their own.
 */
@Entity
@Table(name = "ps_provider")
class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderKind kind;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "legal_representative", nullable = false)
    private String legalRepresentative;

    @Column(name = "contact_person", nullable = false)
    private String contactPerson;

    @Column(name = "contact_mobile", nullable = false)
    private String contactMobile;

    @Column(nullable = false)
    private String address;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "registration_authority", nullable = false)
    private String registrationAuthority;

    @Column(name = "party_organisation", nullable = false)
    private boolean partyOrganisation;

    @Column(nullable = false)
    private String services;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private LocalDateTime registeredAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected Provider() {
    }

    Provider(String unitCode, ProviderProfileFacts facts, String registeredBy, LocalDateTime registeredAt) {
        this.unitCode = unitCode;
        this.active = true;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        apply(facts);
    }

    /**
     * Replaces the profile with {@code facts}.
     *
     * @return whether anything changed: an edit that changes nothing is neither written nor audited
     */
    boolean change(ProviderProfileFacts facts, String actor, LocalDateTime now) {
        if (facts.equals(facts())) {
            return false;
        }
        apply(facts);
        this.changedBy = actor;
        this.changedAt = now;
        return true;
    }

    void deactivate(String actor, LocalDateTime now) {
        if (!active) {
            throw BusinessException.conflict("purchasedservice.provider.error.already-inactive", name);
        }
        this.active = false;
        this.changedBy = actor;
        this.changedAt = now;
    }

    void reactivate(String actor, LocalDateTime now) {
        if (active) {
            throw BusinessException.conflict("purchasedservice.provider.error.already-active", name);
        }
        this.active = true;
        this.changedBy = actor;
        this.changedAt = now;
    }

    ProviderProfileFacts facts() {
        return new ProviderProfileFacts(name, kind, creditCode, legalRepresentative, contactPerson, contactMobile,
                address, establishedOn, registrationAuthority, partyOrganisation, services);
    }

    private void apply(ProviderProfileFacts facts) {
        this.name = facts.name();
        this.kind = facts.kind();
        this.creditCode = facts.creditCode();
        this.legalRepresentative = facts.legalRepresentative();
        this.contactPerson = facts.contactPerson();
        this.contactMobile = facts.contactMobile();
        this.address = facts.address();
        this.establishedOn = facts.establishedOn();
        this.registrationAuthority = facts.registrationAuthority();
        this.partyOrganisation = facts.partyOrganisation();
        this.services = facts.services();
    }

    Long id() { return id; }
    String unitCode() { return unitCode; }
    String name() { return name; }
    ProviderKind kind() { return kind; }
    boolean active() { return active; }
    long version() { return version; }
}

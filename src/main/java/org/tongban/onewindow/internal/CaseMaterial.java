package org.tongban.onewindow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.onewindow.Provision;

/** A required material as the catalogue listed it at intake, and how it has been provided so far. */
@Entity
@Table(name = "ow_case_material")
class CaseMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(nullable = false, updatable = false)
    private boolean mandatory;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Provision provision;

    protected CaseMaterial() {
    }

    CaseMaterial(int position, String code, String name, boolean mandatory, Provision provision) {
        this.position = position;
        this.code = code;
        this.name = name;
        this.mandatory = mandatory;
        this.provision = provision;
    }

    /** A later provision never downgrades an earlier one (a file stays provided when the original is seen too). */
    void provide(Provision provided) {
        if (provided != Provision.MISSING) {
            this.provision = provided;
        }
    }

    String code() { return code; }
    String name() { return name; }
    boolean mandatory() { return mandatory; }
    Provision provision() { return provision; }
}

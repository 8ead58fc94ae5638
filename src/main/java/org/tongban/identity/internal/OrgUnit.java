package org.tongban.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.identity.OrgUnitKind;

/**
 * A county, subdistrict, community, department or provider. Units are deactivated, never deleted: history refers to
 * them.
 */
@Entity
@Table(name = "identity_org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private Long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgUnitKind kind, Long parentId) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isActive() {
        return active;
    }

    public Long getVersion() {
        return version;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void moveUnder(Long newParentId) {
        this.parentId = newParentId;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }
}

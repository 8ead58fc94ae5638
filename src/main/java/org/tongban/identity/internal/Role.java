package org.tongban.identity.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.identity.OrgUnitKind;

/** A role and the kinds of unit it may be held in. Built-in roles are referred to by processes and stay. */
@Entity
@Table(name = "identity_role")
public class Role {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "unit_kinds", nullable = false)
    private String unitKinds;

    @Column(nullable = false)
    private boolean builtin;

    @Version
    private Long version;

    protected Role() {
    }

    public Role(String code, String nameZh, String nameEn, Set<OrgUnitKind> unitKinds) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitKinds = encode(unitKinds);
        this.builtin = false;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language: English for English readers, Chinese for everyone else. */
    public String getName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Long getVersion() {
        return version;
    }

    public Set<OrgUnitKind> getUnitKinds() {
        if (unitKinds == null || unitKinds.isBlank()) {
            return EnumSet.noneOf(OrgUnitKind.class);
        }
        return Arrays.stream(unitKinds.split(","))
                .map(String::trim)
                .map(OrgUnitKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrgUnitKind.class)));
    }

    public boolean allowsUnitKind(OrgUnitKind kind) {
        return getUnitKinds().contains(kind);
    }

    public void update(String newNameZh, String newNameEn, Set<OrgUnitKind> newUnitKinds) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
        this.unitKinds = encode(newUnitKinds);
    }

    private static String encode(Set<OrgUnitKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}

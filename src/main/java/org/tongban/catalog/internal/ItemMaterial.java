package org.tongban.catalog.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.ServiceItem.MaterialForm;

/** One row of an item's material list; its position is the list index. */
@Embeddable
class ItemMaterial {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialForm form;

    @Column(nullable = false)
    private int copies;

    @Column(nullable = false)
    private boolean mandatory;

    private String notes;

    protected ItemMaterial() {
    }

    ItemMaterial(String code, String name, MaterialForm form, int copies, boolean mandatory, String notes) {
        this.code = code;
        this.name = name;
        this.form = form;
        this.copies = copies;
        this.mandatory = mandatory;
        this.notes = notes;
    }

    String code() {
        return code;
    }

    ServiceItem.Material toMaterial() {
        return new ServiceItem.Material(code, name, form, copies, mandatory, notes);
    }

    // Value equality: Hibernate compares rows with the snapshot and rewrites only the positions that changed.
    @Override
    public boolean equals(Object other) {
        return other instanceof ItemMaterial that && copies == that.copies && mandatory == that.mandatory
                && Objects.equals(code, that.code) && Objects.equals(name, that.name) && form == that.form
                && Objects.equals(notes, that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, form, copies, mandatory, notes);
    }
}

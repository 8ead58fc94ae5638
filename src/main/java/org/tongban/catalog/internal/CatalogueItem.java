package org.tongban.catalog.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceItem;

/** A catalogued service item with its materials and countersigning departments; deactivated, never deleted. */
@Entity
@Table(name = "cat_service_item")
class CatalogueItem {

    private static final Pattern MATERIAL_CODE = Pattern.compile("^M(\\d{1,6})$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(name = "legal_days")
    private Integer legalDays;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    /** Channel names separated by commas, e.g. {@code COUNTER,ONLINE}. */
    @Column(nullable = false)
    private String channels;

    @Column(name = "two_level_review", nullable = false)
    private boolean twoLevelReview;

    @Column(name = "site_visit_days", nullable = false)
    private int siteVisitDays;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private Long version;

    // Subselect fetching: the whole catalogue loads in three queries, not one pair per item.
    @ElementCollection
    @CollectionTable(name = "cat_item_material", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Fetch(FetchMode.SUBSELECT)
    private List<ItemMaterial> materials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cat_item_countersign", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "department_code", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private Set<String> countersignDepartments = new HashSet<>();

    protected CatalogueItem() {
    }

    CatalogueItem(String code, ItemContent content, String actor, LocalDateTime now) {
        this.code = code;
        this.createdBy = actor;
        this.createdAt = now;
        change(content, actor, now);
    }

    /**
     * Replaces the content; materials keep their codes and new ones get the next free number. Saving the same content
     * again changes nothing, not even who changed it last.
     */
    void change(ItemContent content, String actor, LocalDateTime now) {
        ServiceItem before = id == null ? null : toServiceItem();
        this.name = content.name();
        this.departmentCode = content.departmentCode();
        this.legalDays = content.legalDays();
        this.promisedDays = content.promisedDays();
        this.channels = content.channels().stream().sorted().map(Channel::name).collect(Collectors.joining(","));
        this.twoLevelReview = content.twoLevelReview();
        this.siteVisitDays = content.siteVisitDays();
        this.legalBasis = content.legalBasis();
        replaceMaterials(content.materials());
        if (!countersignDepartments.equals(Set.copyOf(content.countersignDepartments()))) {
            countersignDepartments.clear();
            countersignDepartments.addAll(content.countersignDepartments());
        }
        if (before == null || !before.equals(toServiceItem())) {
            touch(actor, now);
        }
    }

    /**
     * A code is kept when it is well-formed and not yet taken in the new list; the rest are numbered after the highest
     * code in the old and the new list, so a new material never takes the code of one removed in the same change.
     */
    private void replaceMaterials(List<ServiceItem.Material> wanted) {
        int highest = 0;
        for (String existing : materials.stream().map(ItemMaterial::code).toList()) {
            highest = Math.max(highest, numberOf(existing));
        }
        for (ServiceItem.Material material : wanted) {
            highest = Math.max(highest, numberOf(material.code()));
        }
        Set<String> used = new HashSet<>();
        List<ItemMaterial> rows = new ArrayList<>();
        for (ServiceItem.Material material : wanted) {
            String materialCode = material.code();
            if (numberOf(materialCode) == 0 || !used.add(materialCode)) {
                materialCode = "M" + (++highest);
                used.add(materialCode);
            }
            rows.add(new ItemMaterial(materialCode, material.name(), material.form(), material.copies(),
                    material.mandatory(), material.notes()));
        }
        if (!materials.equals(rows)) {
            materials.clear();
            materials.addAll(rows);
        }
    }

    private static int numberOf(String materialCode) {
        if (materialCode == null) {
            return 0;
        }
        Matcher matcher = MATERIAL_CODE.matcher(materialCode);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    void deactivate(String actor, LocalDateTime now) {
        this.active = false;
        touch(actor, now);
    }

    void activate(String actor, LocalDateTime now) {
        this.active = true;
        touch(actor, now);
    }

    private void touch(String actor, LocalDateTime now) {
        this.changedBy = actor;
        this.changedAt = now;
    }

    String getCode() {
        return code;
    }

    String getDepartmentCode() {
        return departmentCode;
    }

    boolean isActive() {
        return active;
    }

    Long getVersion() {
        return version;
    }

    String getChangedBy() {
        return changedBy;
    }

    LocalDateTime getChangedAt() {
        return changedAt;
    }

    Set<Channel> channels() {
        EnumSet<Channel> parsed = EnumSet.noneOf(Channel.class);
        Arrays.stream(channels.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(Channel::valueOf).forEach(parsed::add);
        return Collections.unmodifiableSet(parsed);
    }

    ServiceItem toServiceItem() {
        return new ServiceItem(code, name, departmentCode, legalDays, promisedDays,
                materials.stream().map(ItemMaterial::toMaterial).toList(), channels(),
                countersignDepartments.stream().sorted().toList(), twoLevelReview, siteVisitDays, legalBasis, active);
    }
}

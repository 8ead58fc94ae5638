package org.tongban.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemDraft;
import org.tongban.catalog.ServiceItem;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;

/**
 * The rules a catalogued item must meet, checked before anything is written. Each broken rule is refused with its
 * own {@code catalog.error.*} message; the first one found is reported.
 */
@Component
class ServiceItemRules {

    static final Pattern CODE = Pattern.compile("^SI-\\d{3,17}$");
    static final int NAME_MAX = 100;
    static final int DAYS_MAX = 365;
    static final int SITE_VISIT_DAYS_MAX = 60;
    static final int COPIES_MIN = 1;
    static final int COPIES_MAX = 20;
    static final int MATERIAL_NAME_MAX = 100;
    static final int NOTES_MAX = 200;
    static final int LEGAL_BASIS_MAX = 1000;
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    private final Directory directory;

    ServiceItemRules(Directory directory) {
        this.directory = directory;
    }

    static String code(String code) {
        String cleaned = clean(code);
        if (cleaned == null || !CODE.matcher(cleaned).matches()) {
            throw BusinessException.invalid("catalog.error.code-format");
        }
        return cleaned;
    }

    ItemContent check(ServiceItemDraft draft) {
        String name = clean(draft.name());
        if (name == null) {
            throw BusinessException.invalid("catalog.error.name-required");
        }
        if (name.length() > NAME_MAX) {
            throw BusinessException.invalid("catalog.error.name-too-long", NAME_MAX);
        }
        if (CONTROL_CHARACTERS.matcher(name).find()) {
            throw BusinessException.invalid("catalog.error.name-control-characters");
        }
        String departmentCode = clean(draft.departmentCode());
        if (departmentCode == null) {
            throw BusinessException.invalid("catalog.error.department-required");
        }
        requireActiveDepartment(departmentCode);

        Integer legalDays = draft.legalDays();
        if (legalDays != null && (legalDays < 1 || legalDays > DAYS_MAX)) {
            throw BusinessException.invalid("catalog.error.legal-days-range", DAYS_MAX);
        }
        Integer promisedDays = draft.promisedDays();
        if (promisedDays == null) {
            throw BusinessException.invalid("catalog.error.promised-days-required");
        }
        if (promisedDays < 0 || promisedDays > DAYS_MAX) {
            throw BusinessException.invalid("catalog.error.promised-days-range", DAYS_MAX);
        }
        if (legalDays != null && promisedDays > legalDays) {
            throw BusinessException.invalid("catalog.error.promised-exceeds-legal", promisedDays, legalDays);
        }
        int siteVisitDays = draft.siteVisitDays() == null ? 0 : draft.siteVisitDays();
        if (siteVisitDays < 0 || siteVisitDays > SITE_VISIT_DAYS_MAX) {
            throw BusinessException.invalid("catalog.error.site-visit-days-range", SITE_VISIT_DAYS_MAX);
        }
        if (draft.channels() == null || draft.channels().isEmpty()) {
            throw BusinessException.invalid("catalog.error.channel-required");
        }
        List<ServiceItem.Material> materials = materials(draft.materials());
        List<String> countersign = countersign(draft.countersignDepartments(), departmentCode);
        String legalBasis = clean(draft.legalBasis());
        if (legalBasis != null && legalBasis.length() > LEGAL_BASIS_MAX) {
            throw BusinessException.invalid("catalog.error.legal-basis-too-long", LEGAL_BASIS_MAX);
        }
        return new ItemContent(name, departmentCode, legalDays, promisedDays, EnumSet.copyOf(draft.channels()),
                materials, countersign, draft.twoLevelReview(), siteVisitDays, legalBasis);
    }

    private static List<ServiceItem.Material> materials(List<ServiceItem.Material> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw BusinessException.invalid("catalog.error.material-required");
        }
        Set<String> names = new HashSet<>();
        List<ServiceItem.Material> checked = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            ServiceItem.Material material = drafts.get(index);
            int position = index + 1;
            String name = material == null ? null : clean(material.name());
            if (name == null) {
                throw BusinessException.invalid("catalog.error.material-name-required", position);
            }
            if (name.length() > MATERIAL_NAME_MAX) {
                throw BusinessException.invalid("catalog.error.material-name-too-long", position, MATERIAL_NAME_MAX);
            }
            if (CONTROL_CHARACTERS.matcher(name).find()) {
                throw BusinessException.invalid("catalog.error.material-name-control-characters", position);
            }
            if (!names.add(name)) {
                throw BusinessException.invalid("catalog.error.material-name-duplicate", name);
            }
            if (material.form() == null) {
                throw BusinessException.invalid("catalog.error.material-form-required", name);
            }
            if (material.copies() < COPIES_MIN || material.copies() > COPIES_MAX) {
                throw BusinessException.invalid("catalog.error.material-copies", name, COPIES_MIN, COPIES_MAX);
            }
            String notes = clean(material.notes());
            if (notes != null && notes.length() > NOTES_MAX) {
                throw BusinessException.invalid("catalog.error.material-notes-too-long", name, NOTES_MAX);
            }
            checked.add(new ServiceItem.Material(clean(material.code()), name, material.form(), material.copies(),
                    material.mandatory(), notes));
        }
        return checked;
    }

    private List<String> countersign(List<String> codes, String responsible) {
        if (codes == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String code : codes) {
            String cleaned = clean(code);
            if (cleaned == null) {
                continue;
            }
            if (cleaned.equals(responsible)) {
                throw BusinessException.invalid("catalog.error.countersign-responsible", nameOf(cleaned));
            }
            if (checked.contains(cleaned)) {
                throw BusinessException.invalid("catalog.error.countersign-duplicate", nameOf(cleaned));
            }
            requireActiveDepartment(cleaned);
            checked.add(cleaned);
        }
        return checked;
    }

    /** An existing, active department unit of the identity module. */
    void requireActiveDepartment(String code) {
        OrgUnitSummary unit = directory.findUnit(code)
                .orElseThrow(() -> BusinessException.invalid("catalog.error.department-unknown", code));
        if (unit.kind() != OrgUnitKind.DEPARTMENT) {
            throw BusinessException.invalid("catalog.error.department-not-department", unit.name());
        }
        if (!unit.active()) {
            throw BusinessException.invalid("catalog.error.department-inactive", unit.name());
        }
    }

    private String nameOf(String departmentCode) {
        return directory.findUnit(departmentCode).map(OrgUnitSummary::name).orElse(departmentCode);
    }

    /** Trims, and turns blank into null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}

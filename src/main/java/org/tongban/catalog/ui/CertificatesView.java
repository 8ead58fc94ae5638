package org.tongban.catalog.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.catalog.CertificateListAdministration;
import org.tongban.catalog.CertificateListAdministration.CertificateEntry;
import org.tongban.catalog.CertificateListAdministration.Retirement;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.RoleAdministration;
import org.tongban.identity.Roles;

/**
 * 证明事项清单 — the county's certificate lists as in force on a chosen day: what a community issues, and what it does
 * not issue with who does instead. Administrators add entries, revise them from an effective date and retire them;
 * nothing is deleted.
 */
@Route("admin/certificates")
@Menu(title = CertificatesView.TITLE, order = 927, icon = "vaadin:diploma")
@RolesAllowed(Roles.ADMIN_AUTHORITY)
public class CertificatesView extends RevisedListView<CertificateEntry> {

    static final String TITLE = "catalog.menu.certificates";

    private final transient CertificateListAdministration administration;
    private final transient RoleAdministration roles;

    public CertificatesView(CertificateListAdministration administration, RoleAdministration roles, Clock clock) {
        super(ListScreen.CERTIFICATES, TITLE, clock, administration::list, administration::history,
                CertificatesView::revision);
        this.administration = administration;
        this.roles = roles;
        addCodeColumn();
        grid.addColumn(new ComponentRenderer<>(entry -> listingBadge(entry.type().listing()))).setKey("listing")
                .setHeader(getTranslation("catalog.certificates.listing")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(entry -> entry.type().nameZh()).setKey("name")
                .setHeader(getTranslation("catalog.certificates.name")).setFlexGrow(3)
                .setTooltipGenerator(entry -> String.join("、", entry.type().aliases()));
        grid.addColumn(entry -> entry.type().basisOrReason()).setKey("basisOrReason")
                .setHeader(getTranslation("catalog.certificates.basis-or-reason")).setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.type().basisOrReason());
        grid.addColumn(entry -> referral(entry.type())).setKey("referTo")
                .setHeader(getTranslation("catalog.certificates.refer-to-or-replacement")).setFlexGrow(3)
                .setTooltipGenerator(entry -> referral(entry.type()));
        grid.addColumn(entry -> validity(entry.type())).setKey("validity")
                .setHeader(getTranslation("catalog.certificates.validity")).setFlexGrow(0).setWidth("7rem");
        addPeriodAndRevisionColumns();
    }

    static Revision revision(CertificateEntry entry) {
        CertificateType type = entry.type();
        Retirement retirement = entry.retirement();
        Revision revision = new Revision(type.code(), type.revision(), type.nameZh(), type.effectiveFrom(),
                type.effectiveTo(), entry.changedBy(), entry.changedAt(), entry.reason());
        return retirement == null ? revision
                : revision.retired(retirement.retiredBy(), retirement.retiredAt(), retirement.reason());
    }

    /** 可出具 green, 不予出具 red. */
    private Component listingBadge(CertificateListing listing) {
        return CatalogUi.badge(getTranslation("catalog.certificate.badge." + listing.name()),
                listing == CertificateListing.ISSUED ? "success" : "error");
    }

    /** A refused certificate's replacement, if any, then who issues or verifies it instead; blank when issued. */
    private String referral(CertificateType type) {
        if (type.replacement() == CertificateReplacement.NONE) {
            return type.referTo();
        }
        String replaced = getTranslation(type.replacement().messageKey());
        return type.referTo().isEmpty() ? replaced : replaced + "；" + type.referTo();
    }

    private String validity(CertificateType type) {
        return type.issuable() ? CatalogUi.validity(this, type.validityDays()) : "";
    }

    /** The roles staff hold in communities, who could sign, by code with their names in the reader's language. */
    private Map<String, String> signerRoles() {
        Map<String, String> signers = new LinkedHashMap<>();
        roles.list().stream().filter(role -> role.unitKinds().contains(OrgUnitKind.COMMUNITY))
                .forEach(role -> signers.put(role.code(),
                        "en".equals(getLocale().getLanguage()) ? role.nameEn() : role.nameZh()));
        return signers;
    }

    @Override
    protected void openCreate() {
        new CertificateDialog(administration, null, today, signerRoles(), this::saved).open();
    }

    @Override
    protected void openRevise(CertificateEntry latest) {
        new CertificateDialog(administration, latest, today, signerRoles(), this::saved).open();
    }

    @Override
    protected void openRetire(CertificateEntry latest) {
        new RetireEntryDialog<>(screen, revision(latest), CertificateListAdministration.REASON_MAX, today,
                (lastDay, reason) -> administration.retire(latest.code(), latest.revision(), lastDay, reason),
                this::saved).open();
    }
}

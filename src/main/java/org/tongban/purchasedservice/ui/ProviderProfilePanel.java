package org.tongban.purchasedservice.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.ProviderProfile;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ServiceProvider;

/**
 * A provider's profile and qualifications, with their changes: what a manager sees on the provider's page and what
 * the provider's contact sees under 我的机构. After a change {@code onChanged} reads the page again.
 */
class ProviderProfilePanel extends VerticalLayout {

    private final transient ProviderAdministration administration;
    private final ServiceProvider provider;
    private final transient Runnable onChanged;
    private final Grid<Qualification> qualifications = new Grid<>();
    private final Button remove = new Button(getTranslation("purchasedservice.provider.page.remove-qualification"),
            VaadinIcon.MINUS.create());

    ProviderProfilePanel(ProviderAdministration administration, ProviderProfile profile, LocalDate today,
                         Runnable onChanged) {
        this.administration = administration;
        this.provider = profile.provider();
        this.onChanged = onChanged;
        setPadding(false);

        Button edit = new Button(getTranslation("purchasedservice.provider.page.edit"), VaadinIcon.EDIT.create(),
                click -> new ProviderDialog(administration, provider, saved -> onChanged.run()).open());
        edit.setId("ps-provider-edit");
        add(heading("purchasedservice.provider.page.profile", edit), facts());

        Button add = new Button(getTranslation("purchasedservice.provider.page.add-qualification"),
                VaadinIcon.PLUS.create(), click -> new ProviderQualificationDialog(administration, provider,
                added -> onChanged.run()).open());
        add.setId("ps-provider-add-qualification");
        remove.setId("ps-provider-remove-qualification");
        remove.setEnabled(false);
        remove.addClickListener(click -> selected().ifPresent(this::confirmRemoval));
        add(heading("purchasedservice.provider.page.qualifications", add, remove), qualificationGrid(today));
        qualifications.setItems(profile.qualifications());
    }

    private HorizontalLayout heading(String titleKey, Button... actions) {
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation(titleKey)));
        heading.add(actions);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        return heading;
    }

    private Facts facts() {
        Facts facts = new Facts();
        facts.text("purchasedservice.provider.field.unit",
                getTranslation("purchasedservice.provider.page.unit", provider.unitName(), provider.code()),
                "ps-provider-fact-unit");
        facts.text("purchasedservice.provider.field.name", provider.name(), "ps-provider-fact-name");
        facts.text("purchasedservice.provider.field.kind", getTranslation(provider.kind().messageKey()),
                "ps-provider-fact-kind");
        facts.text("purchasedservice.provider.field.credit-code", provider.creditCode(),
                "ps-provider-fact-credit-code");
        facts.text("purchasedservice.provider.field.legal-representative", provider.legalRepresentative(),
                "ps-provider-fact-legal-representative");
        facts.text("purchasedservice.provider.field.contact-person", provider.contactPerson(),
                "ps-provider-fact-contact-person");
        facts.text("purchasedservice.provider.field.contact-mobile", provider.contactMobile(),
                "ps-provider-fact-contact-mobile");
        facts.text("purchasedservice.provider.field.established-on", Formats.date(provider.establishedOn()),
                "ps-provider-fact-established-on");
        facts.text("purchasedservice.provider.field.registration-authority", provider.registrationAuthority(),
                "ps-provider-fact-registration-authority");
        facts.text("purchasedservice.provider.field.party-organisation", getTranslation(provider.partyOrganisation()
                ? "purchasedservice.provider.party.yes" : "purchasedservice.provider.party.no"),
                "ps-provider-fact-party-organisation");
        facts.wide("purchasedservice.provider.field.address", provider.address(), "ps-provider-fact-address");
        facts.wide("purchasedservice.provider.field.services", provider.services(), "ps-provider-fact-services");
        return facts;
    }

    private Grid<Qualification> qualificationGrid(LocalDate today) {
        qualifications.setId("ps-provider-qualifications");
        qualifications.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        qualifications.setAllRowsVisible(true);
        qualifications.setEmptyStateText(getTranslation("purchasedservice.provider.page.qualifications-empty"));
        qualifications.addColumn(Qualification::name).setKey("name")
                .setHeader(getTranslation("purchasedservice.provider.field.qualification-name")).setFlexGrow(2);
        qualifications.addColumn(Qualification::number).setKey("number")
                .setHeader(getTranslation("purchasedservice.provider.field.qualification-number")).setFlexGrow(1);
        qualifications.addColumn(Qualification::issuer).setKey("issuer")
                .setHeader(getTranslation("purchasedservice.provider.field.issuer")).setFlexGrow(1);
        qualifications.addColumn(qualification -> validity(qualification, today)).setKey("valid-until")
                .setHeader(getTranslation("purchasedservice.provider.field.valid-until")).setAutoWidth(true)
                .setFlexGrow(0);
        qualifications.addComponentColumn(qualification -> Downloads.link(qualification.fileName(), true,
                        () -> {
                            ProviderAdministration.Scan scan = administration.scan(provider.code(), qualification.id());
                            return new Downloads.File(scan.fileName(), scan.contentType(), scan.content());
                        }))
                .setKey("scan").setHeader(getTranslation("purchasedservice.provider.field.scan")).setFlexGrow(1);
        qualifications.addColumn(qualification -> getTranslation("purchasedservice.provider.page.added-note",
                        Formats.dateTime(qualification.addedAt()), qualification.addedBy())).setKey("added")
                .setHeader(getTranslation("purchasedservice.provider.page.added")).setAutoWidth(true).setFlexGrow(0);
        qualifications.addColumn(qualification -> qualification.current() ? ""
                        : getTranslation("purchasedservice.provider.page.removed-note",
                        Formats.dateTime(qualification.removedAt()), qualification.removedBy(),
                        qualification.removeReason())).setKey("removed")
                .setHeader(getTranslation("purchasedservice.provider.page.removed")).setFlexGrow(2);
        qualifications.addSelectionListener(selection -> remove.setEnabled(selected().isPresent()));
        return qualifications;
    }

    /** 2028-05-15, 长期有效, or 2026-01-31（已过期）. */
    private String validity(Qualification qualification, LocalDate today) {
        if (qualification.validUntil() == null) {
            return getTranslation("purchasedservice.provider.page.valid-forever");
        }
        String date = Formats.date(qualification.validUntil());
        return qualification.expiredOn(today) ? getTranslation("purchasedservice.provider.page.expired", date) : date;
    }

    /** A qualification still on the register, chosen in the grid. */
    private Optional<Qualification> selected() {
        return qualifications.getSelectedItems().stream().filter(Qualification::current).findFirst();
    }

    private void confirmRemoval(Qualification qualification) {
        new ProviderReasonDialog<>("ps-qualification-remove",
                getTranslation("purchasedservice.provider.qualification.remove-title", qualification.name()),
                getTranslation("purchasedservice.provider.qualification.remove-help"),
                getTranslation("purchasedservice.provider.page.remove-qualification"),
                reason -> administration.removeQualification(provider.code(), qualification.id(), reason),
                removed -> {
                    Notifications.success(getTranslation("purchasedservice.provider.qualification.removed",
                            removed.name()));
                    onChanged.run();
                }).open();
    }
}

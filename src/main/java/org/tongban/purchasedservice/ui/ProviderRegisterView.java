package org.tongban.purchasedservice.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ResidentIdentifiers;
import org.tongban.identity.Roles;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderKind;
import org.tongban.purchasedservice.ProviderQuery;
import org.tongban.purchasedservice.ServiceProvider;

/**
 * 承接主体库 — every provider, by code, paged lazily, by name, code or credit code, kind, and whether it is on
 * today's blacklist; those with a sound party organisation are marked, as they are preferred. A row opens the
 * provider's page; new providers are registered here.
 */
@Route(ProviderRegisterView.ROUTE)
@Menu(title = ProviderRegisterView.TITLE, order = 30, icon = "vaadin:handshake")
@RolesAllowed({Roles.ADMIN_AUTHORITY, ProviderUi.MANAGERS})
public class ProviderRegisterView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "purchasedservice/providers";
    static final String TITLE = "purchasedservice.provider.menu.register";

    private final transient ProviderAdministration administration;
    private final TextField text = new TextField();
    private final Select<ProviderKind> kind = new Select<>();
    private final Select<Boolean> blacklisted = new Select<>();
    private final Grid<ServiceProvider> grid = new Grid<>();

    public ProviderRegisterView(ProviderAdministration administration) {
        this.administration = administration;
        setSizeFull();

        text.setId("ps-providers-search");
        text.setPlaceholder(getTranslation("purchasedservice.provider.register.search"));
        text.setWidth("22em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        kind.setId("ps-providers-kind");
        kind.setItems(ProviderKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("purchasedservice.provider.register.kind-any"));
        kind.setItemLabelGenerator(value -> value == null
                ? getTranslation("purchasedservice.provider.register.kind-any") : getTranslation(value.messageKey()));
        kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        blacklisted.setId("ps-providers-blacklisted");
        blacklisted.setItems(Boolean.TRUE, Boolean.FALSE);
        blacklisted.setEmptySelectionAllowed(true);
        blacklisted.setEmptySelectionCaption(getTranslation("purchasedservice.provider.register.blacklist-any"));
        blacklisted.setItemLabelGenerator(value -> getTranslation(value == null
                ? "purchasedservice.provider.register.blacklist-any" : value
                ? "purchasedservice.provider.register.blacklisted-now"
                : "purchasedservice.provider.register.not-blacklisted"));
        blacklisted.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button register = new Button(getTranslation("purchasedservice.provider.register.new"), VaadinIcon.PLUS.create(),
                click -> new ProviderDialog(administration, null, saved -> open(saved.code())).open());
        register.setId("ps-providers-new");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(text, kind, blacklisted, register);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.setId("ps-providers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("purchasedservice.provider.register.empty"));
        grid.addColumn(ServiceProvider::code).setKey("code")
                .setHeader(getTranslation("purchasedservice.provider.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ServiceProvider::name).setKey("name")
                .setHeader(getTranslation("purchasedservice.provider.field.name")).setFlexGrow(3);
        grid.addColumn(provider -> getTranslation(provider.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("purchasedservice.provider.field.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ServiceProvider::creditCode).setKey("credit-code")
                .setHeader(getTranslation("purchasedservice.provider.field.credit-code")).setAutoWidth(true)
                .setFlexGrow(0);
        // Lists show no full phone numbers; the provider's page does.
        grid.addColumn(provider -> provider.contactPerson() + " "
                        + ResidentIdentifiers.maskPhone(provider.contactMobile())).setKey("contact").setHeader(getTranslation("purchasedservice.provider.field.contact-person"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(provider -> provider.partyOrganisation()
                        ? ProviderUi.badge(getTranslation("purchasedservice.provider.party.preferred"), "badge")
                        : new Span()).setKey("party")
                .setHeader(getTranslation("purchasedservice.provider.field.party-organisation")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(provider -> ProviderUi.status(this, provider)).setKey("status")
                .setHeader(getTranslation("purchasedservice.provider.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem().code()));
        grid.setItems(query -> administration.list(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.count(query()));
        grid.setSizeFull();

        add(new H2(getTranslation(TITLE)), bar, grid);
        text.focus();
    }

    private ProviderQuery query() {
        return new ProviderQuery(text.getValue(), kind.getValue(), blacklisted.getValue());
    }

    private void open(String code) {
        getUI().ifPresent(ui -> ui.navigate(ProviderView.class, code));
    }

    @Override
    public String getPageTitle() {
        return ProviderUi.title(this, TITLE);
    }
}

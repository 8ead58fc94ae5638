package org.tongban.purchasedservice.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.ProviderProfile;

/** 我的机构 — a provider's contact keeps its own profile and qualifications current. */
@Route(ProviderProfileView.ROUTE)
@Menu(title = ProviderProfileView.TITLE, order = 31, icon = "vaadin:office")
@RolesAllowed(ProviderUi.PROVIDERS)
public class ProviderProfileView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "purchasedservice/provider/me";
    static final String TITLE = "purchasedservice.provider.menu.mine";

    private final transient ProviderAdministration administration;
    private final transient Clock clock;

    public ProviderProfileView(ProviderAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
        setMaxWidth("1100px");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation(TITLE)));
        ProviderProfile profile;
        try {
            profile = administration.mine();
        } catch (BusinessException refused) {
            Span refusal = ProviderUi.badge(ProviderUi.text(this, refused), "badge error");
            refusal.setId("ps-provider-refusal");
            add(refusal);
            return;
        }
        Paragraph help = new Paragraph(getTranslation("purchasedservice.provider.mine.help"));
        help.setId("ps-provider-mine-help");
        add(help, new ProviderProfilePanel(administration, profile, LocalDate.now(clock), this::render));
    }

    @Override
    public String getPageTitle() {
        return ProviderUi.title(this, TITLE);
    }
}

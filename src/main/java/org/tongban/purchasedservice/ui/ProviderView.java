package org.tongban.purchasedservice.ui;

import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.Roles;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.Blacklisting;
import org.tongban.purchasedservice.ProviderAdministration.ProviderProfile;
import org.tongban.purchasedservice.ServiceProvider;

/**
 * 承接主体 — one provider for its managers: the profile and qualifications, taking it out of use and back, the
 * blacklist with its history, and the projects it took with their evaluation grades.
 */
@Route(ProviderView.ROUTE)
@RolesAllowed({Roles.ADMIN_AUTHORITY, ProviderUi.MANAGERS})
public class ProviderView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = ProviderRegisterView.ROUTE;

    private final transient ProviderAdministration administration;
    private final transient PerformanceEvaluations evaluations;
    private final transient Clock clock;
    private String code = "";
    private String name = "";

    public ProviderView(ProviderAdministration administration, PerformanceEvaluations evaluations, Clock clock) {
        this.administration = administration;
        this.evaluations = evaluations;
        this.clock = clock;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        code = parameter == null ? "" : parameter;
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("purchasedservice.provider.page.back"),
                ProviderRegisterView.class);
        back.setId("ps-provider-back");
        add(back);
        ProviderProfile profile;
        try {
            profile = administration.profile(code);
        } catch (BusinessException refused) {
            Span refusal = ProviderUi.badge(ProviderUi.text(this, refused), "badge error");
            refusal.setId("ps-provider-refusal");
            add(new H2(getTranslation("purchasedservice.provider.page.title")), refusal);
            return;
        }
        ServiceProvider provider = profile.provider();
        name = provider.name();
        LocalDate today = LocalDate.now(clock);
        H2 heading = new H2(provider.name() + " · " + provider.code());
        heading.setId("ps-provider-heading");
        Span status = ProviderUi.status(this, provider);
        status.setId("ps-provider-status");
        add(heading, actions(provider, status), new ProviderProfilePanel(administration, profile, today, this::render));
        add(blacklistSection(provider, today), projects(provider.code()));
    }

    private HorizontalLayout actions(ServiceProvider provider, Span status) {
        Button toggle = new Button(getTranslation(provider.active() ? "purchasedservice.provider.page.deactivate"
                : "purchasedservice.provider.page.reactivate"),
                provider.active() ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create());
        toggle.setId("ps-provider-toggle-active");
        toggle.addClickListener(click -> toggleActive(provider));
        Button add = new Button(getTranslation("purchasedservice.provider.page.blacklist-add"),
                VaadinIcon.EXCLAMATION_CIRCLE_O.create(), click -> new ProviderBlacklistDialog(administration,
                provider, LocalDate.now(clock), added -> render()).open());
        add.setId("ps-provider-blacklist");
        add.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(status, toggle, add);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        return actions;
    }

    private void toggleActive(ServiceProvider provider) {
        if (!provider.active()) {
            try {
                ServiceProvider reactivated = administration.reactivate(provider.code(), provider.version());
                Notifications.success(getTranslation("purchasedservice.provider.page.reactivated", reactivated.name()));
            } catch (BusinessException refusal) {
                Notifications.error(ProviderUi.text(this, refusal));
            }
            render();
            return;
        }
        new ProviderReasonDialog<>("ps-deactivate",
                getTranslation("purchasedservice.provider.deactivate.title", provider.name()),
                getTranslation("purchasedservice.provider.deactivate.help"),
                getTranslation("purchasedservice.provider.page.deactivate"),
                reason -> administration.deactivate(provider.code(), reason, provider.version()),
                deactivated -> {
                    Notifications.success(getTranslation("purchasedservice.provider.page.deactivated",
                            deactivated.name()));
                    render();
                }).open();
    }

    private VerticalLayout blacklistSection(ServiceProvider provider, LocalDate today) {
        Grid<Blacklisting> blacklist = new Grid<>();
        Button lift = new Button(getTranslation("purchasedservice.provider.page.lift"), VaadinIcon.UNLOCK.create());
        lift.setId("ps-provider-lift");
        lift.setEnabled(false);
        lift.addClickListener(click -> liftable(blacklist, today).ifPresent(entry -> confirmLift(provider, entry)));
        HorizontalLayout heading = new HorizontalLayout(
                new H3(getTranslation("purchasedservice.provider.page.blacklist")), lift);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        blacklist.setId("ps-provider-blacklist-grid");
        blacklist.addThemeVariants(GridVariant.LUMO_COMPACT);
        blacklist.setAllRowsVisible(true);
        blacklist.setEmptyStateText(getTranslation("purchasedservice.provider.page.blacklist-empty"));
        blacklist.addColumn(entry -> getTranslation("purchasedservice.provider.page.term", Formats.date(entry.from()),
                Formats.date(entry.until()))).setKey("term")
                .setHeader(getTranslation("purchasedservice.provider.field.term")).setAutoWidth(true).setFlexGrow(0);
        blacklist.addColumn(entry -> state(entry, today)).setKey("state")
                .setHeader(getTranslation("purchasedservice.provider.field.status")).setAutoWidth(true).setFlexGrow(0);
        blacklist.addColumn(Blacklisting::reason).setKey("reason")
                .setHeader(getTranslation("purchasedservice.provider.field.reason")).setFlexGrow(3)
                .setTooltipGenerator(Blacklisting::reason);
        blacklist.addColumn(entry -> getTranslation("purchasedservice.provider.page.entered-note",
                Formats.dateTime(entry.enteredAt()), entry.enteredBy())).setKey("entered")
                .setHeader(getTranslation("purchasedservice.provider.page.entered")).setAutoWidth(true).setFlexGrow(0);
        blacklist.addColumn(entry -> entry.lifted() ? getTranslation("purchasedservice.provider.page.lifted-note",
                Formats.dateTime(entry.liftedAt()), entry.liftedBy(), entry.liftReason()) : "").setKey("lifted")
                .setHeader(getTranslation("purchasedservice.provider.page.lifted")).setFlexGrow(2);
        blacklist.addSelectionListener(selection -> lift.setEnabled(liftable(blacklist, today).isPresent()));
        blacklist.setItems(administration.blacklistOf(provider.code()));

        VerticalLayout section = new VerticalLayout(heading, blacklist);
        section.setPadding(false);
        return section;
    }

    /** 执行中, 未开始, 已届满, or 解除 for a lifted entry. */
    private String state(Blacklisting entry, LocalDate today) {
        if (entry.lifted()) {
            return getTranslation("purchasedservice.provider.page.lifted");
        }
        if (entry.until().isBefore(today)) {
            return getTranslation("purchasedservice.provider.page.ended");
        }
        return getTranslation(entry.from().isAfter(today) ? "purchasedservice.provider.page.pending"
                : "purchasedservice.provider.page.in-force");
    }

    /** The chosen entry, if it can still be lifted: not lifted, and its term not over. */
    private static Optional<Blacklisting> liftable(Grid<Blacklisting> blacklist, LocalDate today) {
        return blacklist.getSelectedItems().stream().filter(entry -> !entry.lifted() && !entry.until().isBefore(today))
                .findFirst();
    }

    private void confirmLift(ServiceProvider provider, Blacklisting entry) {
        new ProviderReasonDialog<>("ps-lift", getTranslation("purchasedservice.provider.lift.title", provider.name()),
                getTranslation("purchasedservice.provider.lift.help"),
                getTranslation("purchasedservice.provider.page.lift"),
                reason -> administration.lift(provider.code(), entry.id(), reason),
                lifted -> {
                    Notifications.success(getTranslation("purchasedservice.provider.lift.lifted", provider.name()));
                    render();
                }).open();
    }

    /** The projects the provider took with their evaluation grades: its record for future selection. */
    private Div projects(String providerCode) {
        Div projects = new Div(new H3(getTranslation("purchasedservice.provider.page.projects")));
        projects.setId("ps-provider-projects");
        List<PerformanceEvaluations.ProviderGrade> grades = evaluations.gradesOf(providerCode);
        if (grades.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("purchasedservice.provider.page.projects-empty"));
            empty.setId("ps-provider-projects-empty");
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            projects.add(empty);
            return projects;
        }
        Grid<PerformanceEvaluations.ProviderGrade> grid = new Grid<>();
        grid.setId("ps-provider-grades");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PerformanceEvaluations.ProviderGrade::projectNumber)
                .setHeader(getTranslation("purchasedservice.ui.column.number")).setAutoWidth(true);
        grid.addColumn(PerformanceEvaluations.ProviderGrade::title)
                .setHeader(getTranslation("purchasedservice.ui.column.title")).setFlexGrow(2);
        grid.addColumn(PerformanceEvaluations.ProviderGrade::departmentName)
                .setHeader(getTranslation("purchasedservice.ui.column.department")).setAutoWidth(true);
        grid.addColumn(grade -> grade.score().toPlainString() + " · " + getTranslation(grade.grade().messageKey()))
                .setHeader(getTranslation("purchasedservice.ui.evaluation.grade")).setKey("grade").setAutoWidth(true);
        grid.setItems(grades);
        grid.setAllRowsVisible(true);
        projects.add(grid);
        return projects;
    }

    @Override
    public String getPageTitle() {
        return (name.isEmpty() ? getTranslation("purchasedservice.provider.page.title") : name) + " · "
                + getTranslation("app.title");
    }
}

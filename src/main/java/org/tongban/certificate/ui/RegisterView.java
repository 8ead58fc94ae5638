package org.tongban.certificate.ui;

import java.time.LocalDate;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Formats;
import org.tongban.certificate.CertificateFigures;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.RequestQuery;
import org.tongban.certificate.RequestRow;

/**
 * 证明台账 — every request within the viewer's part of the county, newest first, issued, refused and revoked alike
 * (nothing is ever deleted): by number, ID number or name, status, receipt dates, revoked only. Names and ID numbers
 * are masked; a row opens the request. The same search exports to Excel.
 */
@Route(RegisterView.ROUTE)
@Menu(title = RegisterView.TITLE, order = 8, icon = "vaadin:archive")
@RolesAllowed({"FRONT_DESK", "DIRECTOR", "CIVIL_REVIEWER"})
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "certificate/register";
    static final String TITLE = "certificate.menu.register";

    private final transient CertificateRequests requests;
    private final TextField text = new TextField();
    private final Select<CertificateRequestStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox revoked = new Checkbox();
    private final Grid<RequestRow> grid = new Grid<>();

    public RegisterView(CertificateRequests requests, CertificateFigures figures) {
        this.requests = requests;
        setSizeFull();
        text.setId("crt-register-search");
        text.setPlaceholder(getTranslation("certificate.register.search"));
        text.setWidth("22em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        status.setId("crt-register-status");
        status.setPlaceholder(getTranslation("certificate.ui.status"));
        status.setItems(CertificateRequestStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("certificate.register.any")
                : getTranslation(value.messageKey()));
        status.setEmptySelectionAllowed(true);
        from.setId("crt-register-from");
        from.setPlaceholder(getTranslation("certificate.register.from"));
        to.setId("crt-register-to");
        to.setPlaceholder(getTranslation("certificate.register.to"));
        revoked.setId("crt-register-revoked");
        revoked.setLabel(getTranslation("certificate.register.revoked-only"));
        Anchor export = Downloads.link(getTranslation("certificate.register.export"), true,
                () -> new Downloads.File("证明台账-" + LocalDate.now() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        figures.registerWorkbook(query())));
        export.setId("crt-register-export");
        HorizontalLayout filters = new HorizontalLayout(text, status, from, to, revoked, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("crt-register-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(RequestRow::requestNumber).setHeader(getTranslation("certificate.ui.request-number"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.receivedAt())).setHeader(getTranslation("certificate.ui.received"))
                .setAutoWidth(true);
        grid.addColumn(RequestRow::certificateName).setHeader(getTranslation("certificate.ui.certificate-name"))
                .setFlexGrow(3).setTooltipGenerator(RequestRow::certificateName);
        grid.addColumn(row -> row.applicantName() + " " + row.applicantIdNumber())
                .setHeader(getTranslation("certificate.ui.applicant")).setFlexGrow(2);
        grid.addColumn(row -> Formats.orEmpty(row.demandedBy())).setHeader(getTranslation("certificate.ui.demanded-by"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> CertificateUi.statusBadge(this, row.status()))
                .setHeader(getTranslation("certificate.ui.status")).setFlexGrow(2);
        grid.addColumn(row -> Formats.orEmpty(row.certificateNumber()))
                .setHeader(getTranslation("certificate.ui.certificate-number")).setAutoWidth(true);
        grid.addComponentColumn(row -> row.validity() == null ? new Span()
                        : CertificateUi.validityBadge(this, row.validity()))
                .setHeader(getTranslation("certificate.ui.validity"));
        grid.addColumn(RequestRow::communityName).setHeader(getTranslation("certificate.ui.community"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CertificateRequestView.class, click.getItem().id())));
        grid.setItems(query -> requests.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) requests.count(query()));
        grid.setEmptyStateText(getTranslation("certificate.register.empty"));
        grid.setSizeFull();

        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        revoked.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation(TITLE)), filters, grid);
        text.focus();
    }

    private RequestQuery query() {
        return new RequestQuery(text.getValue(), null, null, status.getValue() == null ? Set.of()
                : Set.of(status.getValue()), from.getValue(), to.getValue(), revoked.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

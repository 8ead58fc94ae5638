package org.tongban.certificate.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.certificate.CertificateFigures;
import org.tongban.certificate.CertificateFigures.Demander;
import org.tongban.certificate.CertificateFigures.Figures;
import org.tongban.certificate.CertificateFigures.MonthRow;
import org.tongban.certificate.CertificateFigures.RefusedDemand;

/**
 * 证明统计 — for a period (this year so far unless chosen): the most refused requests first, each with the bodies
 * that asked residents for them (the 减证便民 figure a civil-affairs office follows up), then issued and refused
 * certificates per month, community and certificate. One Excel workbook with both.
 */
@Route(FiguresView.ROUTE)
@Menu(title = FiguresView.TITLE, order = 9, icon = "vaadin:chart-3d")
@RolesAllowed({"FRONT_DESK", "DIRECTOR", "CIVIL_REVIEWER"})
public class FiguresView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "certificate/figures";
    static final String TITLE = "certificate.menu.figures";

    private final transient CertificateFigures figures;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<RefusedDemand> refused = new Grid<>();
    private final Grid<MonthRow> months = new Grid<>();

    public FiguresView(CertificateFigures figures, Clock clock) {
        this.figures = figures;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setId("crt-figures-from");
        from.setLabel(getTranslation("certificate.register.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("crt-figures-to");
        to.setLabel(getTranslation("certificate.register.to"));
        to.setValue(today);
        Anchor export = Downloads.link(getTranslation("certificate.figures.export"), true,
                () -> new Downloads.File("证明统计-" + from.getValue() + "-" + to.getValue() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        figures.figuresWorkbook(from.getValue(), to.getValue())));
        export.setId("crt-figures-export");
        HorizontalLayout period = new HorizontalLayout(from, to, export);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        refused.setId("crt-figures-refused");
        refused.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        refused.addColumn(row -> Formats.orEmpty(row.certificateCode())).setHeader(getTranslation("certificate.figures.code"))
                .setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(RefusedDemand::certificateName).setHeader(getTranslation("certificate.figures.certificate"))
                .setFlexGrow(2);
        refused.addColumn(RefusedDemand::count).setHeader(getTranslation("certificate.figures.count"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(this::demanders).setHeader(getTranslation("certificate.figures.demanded-by")).setFlexGrow(4);
        refused.setAllRowsVisible(true);

        months.setId("crt-figures-months");
        months.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        months.addColumn(row -> row.month().toString()).setHeader(getTranslation("certificate.figures.month"))
                .setAutoWidth(true).setFlexGrow(0);
        months.addColumn(MonthRow::communityName).setHeader(getTranslation("certificate.figures.community"));
        months.addColumn(MonthRow::certificateName).setHeader(getTranslation("certificate.figures.certificate"))
                .setFlexGrow(3);
        for (String key : new String[] {"issued", "refused", "replaced", "in-hand", "total"}) {
            months.addColumn(row -> switch (key) {
                        case "issued" -> row.issued();
                        case "refused" -> row.refused();
                        case "replaced" -> row.replaced();
                        case "in-hand" -> row.inHand();
                        default -> row.total();
                    }).setHeader(getTranslation("certificate.figures." + key)).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0);
        }

        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        add(new H2(getTranslation(TITLE)), period, new H3(getTranslation("certificate.figures.refused.title")),
                refused, new H3(getTranslation("certificate.figures.months.title")), months);
        setFlexGrow(1, months);
        refresh();
    }

    /** 某某银行 ×3、某学校 ×1 — who asked, most first. */
    private String demanders(RefusedDemand row) {
        StringBuilder text = new StringBuilder();
        for (Demander demander : row.demandedBy()) {
            if (!text.isEmpty()) {
                text.append(getTranslation("common.list-separator"));
            }
            text.append(demander.name() == null ? getTranslation("certificate.figures.unnamed") : demander.name())
                    .append(" ×").append(demander.count());
        }
        return text.toString();
    }

    private void refresh() {
        try {
            Figures current = figures.figures(from.getValue(), to.getValue());
            refused.setItems(current.refused());
            months.setItems(current.months());
        } catch (BusinessException refusal) {
            Notifications.error(CertificateUi.describe(this, refusal));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

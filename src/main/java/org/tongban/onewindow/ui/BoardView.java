package org.tongban.onewindow.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.onewindow.FrontDeskBoard;
import org.tongban.onewindow.FrontDeskBoard.BoardCounts;
import org.tongban.onewindow.FrontDeskBoard.PerformanceRow;

/**
 * 窗口看板 — today's queue at a glance (received today, waiting for materials, due soon, overdue) and, for a date
 * range, the on-time rate and average working days per item and department, exportable to Excel.
 */
@Route(BoardView.ROUTE)
@Menu(title = BoardView.TITLE, order = 7, icon = "vaadin:dashboard")
@RolesAllowed({"FRONT_DESK", "DIRECTOR", "DEPT_REVIEWER"})
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "onewindow/board";
    static final String TITLE = "menu.onewindow.board";

    private final transient FrontDeskBoard board;
    private final transient Messages messages;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<PerformanceRow> grid = new Grid<>();
    private final Anchor export = new Anchor();

    public BoardView(FrontDeskBoard board, Messages messages) {
        this.board = board;
        this.messages = messages;
        BoardCounts counts = board.counts();
        HorizontalLayout cards = new HorizontalLayout(
                card("board-received-today", "onewindow.board.received-today", counts.receivedToday(), false),
                card("board-awaiting", "onewindow.board.awaiting", counts.awaitingMaterial(), false),
                card("board-due-soon", "onewindow.board.due-soon", counts.dueSoon(), counts.dueSoon() > 0),
                card("board-overdue", "onewindow.board.overdue", counts.overdue(), counts.overdue() > 0));
        cards.getStyle().set("flex-wrap", "wrap");

        LocalDate today = LocalDate.now();
        from.setId("board-from");
        from.setLabel(getTranslation("onewindow.search.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setId("board-to");
        to.setLabel(getTranslation("onewindow.search.to"));
        to.setValue(today);
        export.setId("board-export");
        export.setText(getTranslation("onewindow.board.export"));
        export.getElement().setAttribute("download", true);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        HorizontalLayout range = new HorizontalLayout(from, to, export);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("board-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.itemCode() + " " + row.itemName()).setHeader(getTranslation("onewindow.case.item"))
                .setFlexGrow(3);
        grid.addColumn(PerformanceRow::departmentName).setHeader(getTranslation("onewindow.case.department")).setFlexGrow(2);
        grid.addColumn(PerformanceRow::concluded).setHeader(getTranslation("onewindow.board.concluded"));
        grid.addColumn(PerformanceRow::onTime).setHeader(getTranslation("onewindow.board.on-time"));
        grid.addColumn(row -> String.format("%.1f%%", row.onTimeRate() * 100))
                .setHeader(getTranslation("onewindow.board.on-time-rate"));
        grid.addColumn(row -> String.format("%.1f", row.averageWorkingDays()))
                .setHeader(getTranslation("onewindow.board.average-days"));

        add(new H2(getTranslation(TITLE)), cards, new H3(getTranslation("onewindow.board.performance")), range, grid,
                ResidentPage.note(getTranslation("onewindow.board.average-note")));
        refresh();
    }

    private void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        try {
            grid.setItems(board.performance(start, end));
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
            return;
        }
        String name = getTranslation("onewindow.board.sheet") + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(start)
                + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(end) + ".xlsx";
        StreamResource workbook = new StreamResource(name,
                () -> new ByteArrayInputStream(board.performanceWorkbook(start, end)));
        workbook.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        export.setHref(workbook);
    }

    private static Div card(String id, String labelKey, long value, boolean alert) {
        Span number = new Span(String.valueOf(value));
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600")
                .set("color", alert ? "var(--lumo-error-text-color)" : "var(--lumo-primary-text-color)");
        Div label = new Div();
        label.setText(number.getTranslation(labelKey));
        Div card = new Div(number, label);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("min-width", "10em")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}

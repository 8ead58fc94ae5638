package org.tongban.inbox.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Formats;
import org.tongban.inbox.CarbonCopies;
import org.tongban.inbox.CopyItem;

/** 抄送我的 — cases copied to the user for information; opening one marks it read. */
@Route(InboxRoutes.COPIES)
@Menu(title = "menu.copies", order = 5, icon = "vaadin:copy-o")
@PermitAll
public class CopiesView extends VerticalLayout implements HasDynamicTitle {

    public CopiesView(CarbonCopies copies) {
        setSizeFull();
        Checkbox unreadOnly = new Checkbox(getTranslation("inbox.filter.unread-only"));
        unreadOnly.setId("copies-unread-only");
        Grid<CopyItem> grid = new Grid<>();
        grid.setId("copies-grid");
        grid.addComponentColumn(item -> {
            Span state = new Span(getTranslation(item.read() ? "inbox.status.read" : "inbox.status.unread"));
            state.getElement().getThemeList().add(item.read() ? "badge contrast" : "badge primary");
            return state;
        }).setHeader(getTranslation("inbox.column.read")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Formats.orEmpty(item.businessKey())).setHeader(getTranslation("inbox.column.business-key")).setAutoWidth(true);
        grid.addColumn(item -> Formats.orEmpty(item.caseTitle())).setHeader(getTranslation("inbox.column.title")).setFlexGrow(3);
        grid.addColumn(item -> Formats.orEmpty(item.processName())).setHeader(getTranslation("inbox.column.process")).setFlexGrow(2);
        grid.addColumn(item -> Formats.orEmpty(item.senderName())).setHeader(getTranslation("inbox.column.sender")).setAutoWidth(true);
        grid.addColumn(item -> Formats.orEmpty(item.note())).setHeader(getTranslation("inbox.column.note")).setFlexGrow(2);
        grid.addColumn(item -> Formats.dateTime(item.created())).setHeader(getTranslation("inbox.column.copied")).setAutoWidth(true);
        grid.setItems(query -> copies.copiesForMe(unreadOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) copies.countForMe(unreadOnly.getValue()));
        grid.addItemClickListener(event -> {
            copies.markRead(event.getItem().id());
            getUI().ifPresent(ui -> ui.navigate(CaseView.class, event.getItem().processInstanceId()));
        });
        unreadOnly.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("inbox.title.copies")), unreadOnly, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title.copies") + " · " + getTranslation("app.title");
    }
}

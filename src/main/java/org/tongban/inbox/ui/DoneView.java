package org.tongban.inbox.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Formats;
import org.tongban.inbox.DoneTask;
import org.tongban.inbox.TaskInbox;

/** 已办 — tasks the user completed, newest first, with the decision they took. */
@Route(InboxRoutes.DONE)
@Menu(title = "menu.done", order = 4, icon = "vaadin:check-square-o")
@PermitAll
public class DoneView extends VerticalLayout implements HasDynamicTitle {

    public DoneView(TaskInbox inbox) {
        setSizeFull();
        TextField search = StartedView.searchField();
        Grid<DoneTask> grid = new Grid<>();
        grid.setId("done-grid");
        grid.addColumn(item -> Formats.orEmpty(item.businessKey())).setHeader(getTranslation("inbox.column.business-key")).setAutoWidth(true);
        grid.addColumn(item -> Formats.orEmpty(item.caseTitle())).setHeader(getTranslation("inbox.column.title")).setFlexGrow(3);
        grid.addColumn(DoneTask::name).setHeader(getTranslation("inbox.column.step")).setFlexGrow(2);
        grid.addColumn(item -> Formats.orEmpty(item.processName())).setHeader(getTranslation("inbox.column.process")).setFlexGrow(2);
        grid.addColumn(item -> Formats.orEmpty(item.outcome())).setHeader(getTranslation("inbox.column.outcome")).setAutoWidth(true);
        grid.addColumn(item -> Formats.dateTime(item.completed())).setHeader(getTranslation("inbox.column.completed")).setAutoWidth(true);
        grid.setItems(query -> inbox.done(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) inbox.countDone(search.getValue()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, event.getItem().processInstanceId())));
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("inbox.title.done")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title.done") + " · " + getTranslation("app.title");
    }
}

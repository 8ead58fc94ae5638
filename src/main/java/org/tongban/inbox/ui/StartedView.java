package org.tongban.inbox.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.ui.Formats;
import org.tongban.inbox.CaseSummary;
import org.tongban.inbox.Cases;

/** 我发起的 — cases the user started, newest first, with where each stands now. */
@Route(InboxRoutes.STARTED)
@Menu(title = "menu.started", order = 3, icon = "vaadin:paperplane-o")
@PermitAll
public class StartedView extends VerticalLayout implements HasDynamicTitle {

    public StartedView(Cases cases) {
        setSizeFull();
        TextField search = searchField();
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("started-grid");
        grid.addColumn(item -> Formats.orEmpty(item.businessKey())).setHeader(getTranslation("inbox.column.business-key")).setAutoWidth(true);
        grid.addColumn(item -> Formats.orEmpty(item.title())).setHeader(getTranslation("inbox.column.title")).setFlexGrow(3);
        grid.addColumn(CaseSummary::processName).setHeader(getTranslation("inbox.column.process")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("inbox.state." + item.state().name())).setHeader(getTranslation("inbox.column.state")).setAutoWidth(true);
        grid.addColumn(CaseSummary::currentStep).setHeader(getTranslation("inbox.column.current-step")).setFlexGrow(2);
        grid.addColumn(item -> Formats.dateTime(item.started())).setHeader(getTranslation("inbox.column.started")).setAutoWidth(true);
        grid.addColumn(item -> Formats.dateTime(item.ended())).setHeader(getTranslation("inbox.column.ended")).setAutoWidth(true);
        grid.setItems(query -> cases.startedByMe(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) cases.countStartedByMe(search.getValue()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, event.getItem().processInstanceId())));
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("inbox.title.started")), search, grid);
    }

    static TextField searchField() {
        TextField search = new TextField();
        search.setId("list-search");
        search.setPlaceholder(search.getTranslation("inbox.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setWidth("22em");
        return search;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title.started") + " · " + getTranslation("app.title");
    }
}

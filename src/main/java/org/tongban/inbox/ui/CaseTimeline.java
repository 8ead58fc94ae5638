package org.tongban.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.tongban.base.ui.Formats;
import org.tongban.inbox.CaseHistory;
import org.tongban.inbox.CaseStep;

/** 流转记录 — every step of a case: what, who, when, and the decision taken. */
public class CaseTimeline extends Composite<VerticalLayout> {

    public CaseTimeline(CaseHistory history) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("inbox.case.history")));
        Grid<CaseStep> steps = new Grid<>();
        steps.setId("case-history");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        steps.setAllRowsVisible(true);
        steps.addColumn(step -> getTranslation("inbox.step." + step.kind().name()) + " · " + step.name())
                .setHeader(getTranslation("inbox.column.task")).setFlexGrow(2);
        steps.addColumn(step -> Formats.orEmpty(step.actorName())).setHeader(getTranslation("inbox.step.actor"));
        steps.addColumn(step -> Formats.dateTime(step.ended() != null ? step.ended() : step.started()))
                .setHeader(getTranslation("inbox.step.time"));
        steps.addComponentColumn(step -> step.isOpen() ? badge(getTranslation("inbox.step.open"))
                : new Span(Formats.orEmpty(step.outcome()))).setHeader(getTranslation("inbox.step.outcome"));
        steps.addColumn(step -> Formats.orEmpty(step.opinion())).setHeader(getTranslation("inbox.step.opinion")).setFlexGrow(2);
        steps.setItems(history.steps());
        layout.add(steps);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}

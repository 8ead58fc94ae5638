package org.tongban.workaccess.ui;

import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.tongban.base.ui.Formats;
import org.tongban.workaccess.CommunityWork;

/** 派单记录 — every dispatch under the decision, and for each community whether it is done and what it reported. */
class DispatchRecords extends Composite<VerticalLayout> {

    /** @param names display names by username (who dispatched, who reported back) */
    DispatchRecords(List<CommunityWork.DispatchSummary> dispatches, UnaryOperator<String> names) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("wa-dispatches");
        layout.add(new H3(getTranslation("workaccess.ui.request.dispatches")));
        if (dispatches.isEmpty()) {
            layout.add(new Span(getTranslation("workaccess.ui.request.no-dispatches")));
        }
        for (CommunityWork.DispatchSummary dispatch : dispatches) {
            Span line = new Span(getTranslation("workaccess.ui.request.dispatch-line", dispatch.dispatchNumber(),
                    dispatch.title(), Formats.date(dispatch.dueOn()), Formats.dateTime(dispatch.dispatchedAt()),
                    names.apply(dispatch.dispatchedBy())));
            line.setId("wa-dispatch-" + dispatch.dispatchNumber());
            line.getStyle().set("font-weight", "600");
            Grid<CommunityWork.TargetState> targets = new Grid<>();
            targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            targets.setAllRowsVisible(true);
            targets.addColumn(CommunityWork.TargetState::communityName)
                    .setHeader(getTranslation("workaccess.ui.request.target-community"));
            targets.addComponentColumn(target -> target.completedAt() == null
                            ? WorkAccessUi.badge(getTranslation("workaccess.ui.request.target-open"), "badge")
                            : new Span(Formats.dateTime(target.completedAt())))
                    .setHeader(getTranslation("workaccess.ui.request.target-done"));
            targets.addColumn(target -> target.completedBy() == null ? "" : names.apply(target.completedBy()))
                    .setHeader(getTranslation("workaccess.ui.request.target-by"));
            targets.addColumn(target -> Formats.orEmpty(target.feedback()))
                    .setHeader(getTranslation("workaccess.ui.request.target-feedback")).setFlexGrow(3);
            targets.setItems(dispatch.targets());
            layout.add(line, targets);
        }
    }
}

package org.tongban.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * 流程图 — the case's process diagram, drawn on the server as SVG (steps open now in orange, done in green). Shared
 * with modules that show their own case pages.
 */
public class ProcessDiagram extends Composite<VerticalLayout> {

    /** @param svg from {@link org.tongban.inbox.Cases#diagram}: generated with every text escaped */
    public ProcessDiagram(String svg) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        Div drawing = new Div();
        drawing.setId("case-diagram");
        drawing.setWidthFull();
        drawing.getStyle().set("overflow-x", "auto").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        drawing.getElement().setProperty("innerHTML", svg);
        layout.add(new H3(getTranslation("inbox.case.diagram")), drawing);
    }
}

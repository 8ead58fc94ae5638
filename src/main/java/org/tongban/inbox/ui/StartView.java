package org.tongban.inbox.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.inbox.Cases;
import org.tongban.inbox.StartableProcess;

/** 发起 — the processes this user may start, one card each. */
@Route(InboxRoutes.START)
@Menu(title = "menu.start", order = 2, icon = "vaadin:plus-circle-o")
@PermitAll
public class StartView extends VerticalLayout implements HasDynamicTitle {

    public StartView(Cases cases) {
        add(new H2(getTranslation("inbox.title.start")));
        List<StartableProcess> processes = cases.startable();
        if (processes.isEmpty()) {
            add(new Paragraph(getTranslation("inbox.empty.start")));
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        processes.forEach(process -> cards.add(card(process)));
        add(cards);
    }

    private Div card(StartableProcess process) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "22em");
        card.add(new H3(process.name()));
        if (process.description() != null) {
            card.add(new Paragraph(process.description()));
        }
        Button start = new Button(getTranslation("inbox.action.start"),
                click -> getUI().ifPresent(ui -> ui.navigate(StartFormView.class, process.key())));
        start.setId("start-" + process.key());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(start);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title.start") + " · " + getTranslation("app.title");
    }
}

package org.tongban.onewindow.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.onewindow.RatingLevel;

/** 好差评: the five levels, the rater's ID number and a comment — the same at the counter and online. */
class RatingForm extends Composite<VerticalLayout> {

    /** What submitting does with the rater's ID, the level and the comment. */
    @FunctionalInterface
    interface Submit {
        void rate(String raterIdNumber, RatingLevel level, String comment);
    }

    RatingForm(String idPrefix, Submit submit) {
        VerticalLayout panel = getContent();
        panel.setPadding(false);
        RadioButtonGroup<RatingLevel> level = new RadioButtonGroup<>();
        level.setId(idPrefix + "-level");
        level.setItems(RatingLevel.values());
        level.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        TextField rater = new TextField(getTranslation("onewindow.case.rater-id"));
        rater.setId(idPrefix + "-rater");
        rater.setMaxLength(18);
        TextField comment = new TextField(getTranslation("onewindow.case.rating-comment"));
        comment.setId(idPrefix + "-comment");
        comment.setWidthFull();
        comment.setMaxLength(500);
        Button send = new Button(getTranslation("onewindow.case.rate-action"),
                click -> submit.rate(rater.getValue(), level.getValue(), comment.getValue()));
        send.setId(idPrefix + "-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.add(new H3(getTranslation("onewindow.case.rate")), new Span(getTranslation("onewindow.case.rate-hint")),
                level, new HorizontalLayout(rater, comment), send);
    }
}

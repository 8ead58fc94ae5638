package org.tongban.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import org.tongban.base.ui.Formats;
import org.tongban.inbox.CaseHistory;

/** 办件信息 — the facts of a case at a glance. */
class CaseHeader extends Composite<FormLayout> {

    CaseHeader(CaseHistory history) {
        FormLayout facts = getContent();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        facts.addFormItem(new Span(Formats.orEmpty(history.businessKey())), getTranslation("inbox.column.business-key"));
        facts.addFormItem(new Span(Formats.orEmpty(history.processName())), getTranslation("inbox.case.process"));
        facts.addFormItem(new Span(getTranslation("inbox.state." + history.state().name())), getTranslation("inbox.case.state"));
        facts.addFormItem(new Span(Formats.orEmpty(history.initiatorName())), getTranslation("inbox.case.initiator"));
        facts.addFormItem(new Span(Formats.dateTime(history.started())), getTranslation("inbox.case.started"));
        facts.addFormItem(new Span(Formats.dateTime(history.ended())), getTranslation("inbox.case.ended"));
    }
}

package org.tongban.onewindow.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

import org.tongban.base.ui.Formats;
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.OneWindowCases;

/**
 * The whole case on one page: applicant (masked until asked, and that read is audited), dates and remaining working
 * days, materials with their files, and every notice as a printable PDF.
 */
class CasePanel extends Composite<VerticalLayout> {

    private final transient OneWindowCases cases;
    private CaseDetail detail;

    CasePanel(OneWindowCases cases, CaseDetail detail) {
        this.cases = cases;
        this.detail = detail;
        getContent().setPadding(false);
        render();
    }

    private void render() {
        VerticalLayout layout = getContent();
        layout.removeAll();
        FormLayout facts = new FormLayout();
        facts.setId("case-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        fact(facts, "onewindow.case.number", detail.caseNumber(), "case-number");
        fact(facts, "onewindow.case.item", detail.itemName(), "case-item");
        fact(facts, "onewindow.case.status", getTranslation(detail.status().messageKey()), "case-status");
        fact(facts, "onewindow.case.applicant", detail.applicantName() + "（" + getTranslation(detail.applicantKind().messageKey()) + "）", null);
        fact(facts, "onewindow.case.id-number", detail.applicantIdNumber(), "case-applicant-id");
        fact(facts, "onewindow.case.phone", detail.applicantPhone(), null);
        if (detail.agentName() != null) {
            fact(facts, "onewindow.case.agent", detail.agentName() + " · " + detail.agentIdNumber() + " · "
                    + detail.agentPhone() + " · " + detail.agentAuthorisation(), null);
        }
        fact(facts, "onewindow.case.channel", getTranslation(detail.channel().messageKey()), null);
        fact(facts, "onewindow.case.unit", detail.acceptingUnitName(), null);
        fact(facts, "onewindow.case.first-contact", Formats.orEmpty(detail.receivedByName()), null);
        fact(facts, "onewindow.case.received", Formats.dateTime(detail.receivedAt()), null);
        fact(facts, "onewindow.case.accepted", detail.acceptedOn() == null ? "" : Formats.date(detail.acceptedOn())
                + (detail.deemedAccepted() ? getTranslation("onewindow.case.deemed") : ""), "case-accepted");
        fact(facts, "onewindow.case.due", detail.dueOn() == null ? (detail.promisedDays() == 0
                ? getTranslation("onewindow.case.same-day") : getTranslation("onewindow.case.promised", detail.promisedDays()))
                : Formats.date(detail.dueOn()) + remaining(), "case-due");
        fact(facts, "onewindow.case.department", Formats.orEmpty(detail.departmentName()), "case-department");
        if (detail.decision() != null) {
            fact(facts, "onewindow.case.decision", getTranslation("onewindow.decision." + detail.decision().toLowerCase())
                    + (detail.decisionReason() == null ? "" : "：" + detail.decisionReason()), "case-decision");
        }
        if (detail.rating() != null) {
            fact(facts, "onewindow.case.rating", getTranslation(detail.rating().level().messageKey())
                    + (detail.rating().comment() == null ? "" : "：" + detail.rating().comment()), "case-rating");
        }
        layout.add(facts);
        if (!detail.unmasked()) {
            Button unmask = new Button(getTranslation("onewindow.case.unmask"), click -> {
                detail = cases.openUnmasked(detail.id());
                render();
            });
            unmask.setId("case-unmask");
            unmask.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            unmask.setTooltipText(getTranslation("onewindow.case.unmask-hint"));
            layout.add(unmask);
        }

        layout.add(new H3(getTranslation("onewindow.intake.materials")));
        Grid<CaseDetail.Material> materials = new Grid<>();
        materials.setId("case-materials");
        materials.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        materials.setAllRowsVisible(true);
        materials.addColumn(material -> (material.mandatory() ? "＊" : "") + material.name())
                .setHeader(getTranslation("onewindow.case.material")).setFlexGrow(3);
        materials.addColumn(material -> getTranslation(material.provision().messageKey()))
                .setHeader(getTranslation("onewindow.case.provision"));
        materials.addComponentColumn(material -> {
            HorizontalLayout links = new HorizontalLayout();
            material.files().forEach(file -> links.add(download(file.fileName(),
                    () -> cases.fileContent(detail.id(), file.id()), file.contentType())));
            return links;
        }).setHeader(getTranslation("onewindow.case.files")).setFlexGrow(2);
        materials.setItems(detail.materials());
        layout.add(materials);

        if (!detail.notices().isEmpty()) {
            layout.add(new H3(getTranslation("onewindow.case.notices")));
            HorizontalLayout notices = new HorizontalLayout();
            notices.setId("case-notices");
            notices.getStyle().set("flex-wrap", "wrap");
            for (CaseDetail.Notice notice : detail.notices()) {
                String label = getTranslation(notice.kind().messageKey()) + " · " + Formats.date(notice.issuedOn());
                Anchor pdf = download(label + ".pdf", () -> cases.noticePdf(detail.id(), notice.id()), "application/pdf");
                pdf.setText(label);
                pdf.setId("notice-" + notice.id());
                notices.add(pdf);
            }
            layout.add(notices);
        }
    }

    private String remaining() {
        Integer days = detail.remainingWorkingDays();
        if (days == null) {
            return "";
        }
        return days < 0 ? getTranslation("onewindow.case.overdue", -days) : getTranslation("onewindow.case.remaining", days);
    }

    private static Anchor download(String fileName, Supplier<byte[]> content, String contentType) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(content.get()));
        resource.setContentType(contentType);
        Anchor anchor = new Anchor(resource, fileName);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void fact(FormLayout facts, String labelKey, String value, String id) {
        Span text = new Span(value == null ? "" : value);
        if (id != null) {
            text.setId(id);
        }
        facts.addFormItem(text, getTranslation(labelKey));
    }
}

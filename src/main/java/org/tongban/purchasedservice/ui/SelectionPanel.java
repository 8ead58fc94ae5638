package org.tongban.purchasedservice.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.Formats;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.purchasedservice.ProviderSelection.SelectionDetail;

/**
 * Selection and contract on the project's page: the responses (sealed until the notice closes), the panel with each
 * member's declaration, the objections with their answers, and the contract with its milestones.
 */
class SelectionPanel extends Composite<VerticalLayout> {

    SelectionPanel(long projectId, SelectionDetail detail, ProviderSelection selection) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("purchasedservice.ui.selection.title")));
        if (detail.sealed()) {
            Paragraph sealed = new Paragraph(getTranslation("purchasedservice.ui.selection.sealed", detail.bidCount()));
            sealed.setId("ps-bids-sealed");
            layout.add(sealed);
            return;
        }
        Grid<ProviderSelection.BidEntry> bids = new Grid<>();
        bids.setId("ps-bids");
        bids.addThemeVariants(GridVariant.LUMO_COMPACT);
        bids.addColumn(bid -> bid.ranking() == null ? "" : bid.ranking().toString())
                .setHeader(getTranslation("purchasedservice.ui.selection.ranking")).setAutoWidth(true);
        bids.addColumn(bid -> bid.providerName() + (bid.chosen() ? " ★" : "")
                        + (bid.withdrawn() ? " · " + getTranslation("purchasedservice.ui.bids.withdrawn") : ""))
                .setHeader(getTranslation("purchasedservice.ui.selection.provider")).setFlexGrow(2);
        bids.addColumn(bid -> bid.partyOrganisation() ? getTranslation("purchasedservice.ui.yes") : "")
                .setHeader(getTranslation("purchasedservice.ui.selection.party")).setAutoWidth(true);
        bids.addColumn(bid -> PurchaseUi.yuan(bid.price())).setHeader(getTranslation("purchasedservice.ui.bids.price"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        bids.addColumn(bid -> bid.score() == null ? "" : bid.score().toPlainString())
                .setHeader(getTranslation("purchasedservice.ui.selection.score")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        bids.addComponentColumn(bid -> {
            HorizontalLayout links = new HorizontalLayout();
            bid.files().forEach(file -> links.add(Downloads.link(file.fileName(), true, () -> {
                Bids.StoredFile stored = selection.bidFile(projectId, file.id());
                return new Downloads.File(stored.fileName(), stored.contentType(), stored.content());
            })));
            return links;
        }).setHeader(getTranslation("purchasedservice.ui.selection.files")).setFlexGrow(2);
        bids.setItems(detail.bids());
        bids.setAllRowsVisible(true);
        layout.add(bids);
        if (!detail.panel().isEmpty()) {
            Grid<ProviderSelection.PanelEntry> panel = new Grid<>();
            panel.setId("ps-panel");
            panel.addThemeVariants(GridVariant.LUMO_COMPACT);
            panel.addColumn(ProviderSelection.PanelEntry::round)
                    .setHeader(getTranslation("purchasedservice.ui.selection.round")).setAutoWidth(true);
            panel.addColumn(ProviderSelection.PanelEntry::name)
                    .setHeader(getTranslation("purchasedservice.ui.selection.member")).setAutoWidth(true);
            panel.addColumn(member -> member.conflict() == null ? getTranslation("purchasedservice.ui.selection.undeclared")
                            : member.conflict() ? getTranslation("purchasedservice.ui.selection.recused",
                            Formats.orEmpty(member.conflictNote()))
                            : member.scoredAt() == null ? getTranslation("purchasedservice.ui.selection.declared")
                            : getTranslation("purchasedservice.ui.selection.scored", Formats.dateTime(member.scoredAt())))
                    .setHeader(getTranslation("purchasedservice.ui.selection.declaration")).setFlexGrow(3);
            panel.setItems(detail.panel());
            panel.setAllRowsVisible(true);
            layout.add(panel);
        }
        if (detail.resultPublishedAt() != null) {
            Paragraph result = new Paragraph(getTranslation("purchasedservice.ui.selection.result",
                    Formats.dateTime(detail.resultPublishedAt()), Formats.dateTime(detail.objectionDeadline()))
                    + (detail.resultNote() == null ? "" : " " + detail.resultNote()));
            result.setId("ps-result");
            layout.add(result);
        }
        detail.objections().forEach(objection -> {
            Paragraph entry = new Paragraph(getTranslation("purchasedservice.ui.selection.objection",
                    objection.round(), objection.providerName(), objection.grounds(),
                    objection.upheld() == null ? getTranslation("purchasedservice.ui.selection.objection-open")
                            : getTranslation(objection.upheld() ? "purchasedservice.ui.bids.objection-upheld"
                            : "purchasedservice.ui.bids.objection-dismissed", objection.answer())));
            entry.getStyle().set("white-space", "pre-wrap");
            layout.add(entry);
        });
        if (detail.contract() != null) {
            layout.add(contract(detail.contract()));
        }
    }

    private VerticalLayout contract(ProviderSelection.ContractEntry contract) {
        Facts facts = new Facts()
                .text("purchasedservice.ui.contract.number", contract.contractNumber(), "ps-contract-number")
                .text("purchasedservice.ui.contract.provider", contract.providerName(), "ps-contract-provider")
                .text("purchasedservice.ui.contract.amount", PurchaseUi.yuan(contract.amount()), "ps-contract-amount")
                .text("purchasedservice.ui.contract.term", getTranslation("purchasedservice.ui.contract.term-value",
                        contract.termMonths(), Formats.date(contract.startOn()), Formats.date(contract.endOn())),
                        "ps-contract-term")
                .text("purchasedservice.ui.contract.template", contract.templateCode() + " · "
                        + getTranslation("purchasedservice.ui.contract.revision", contract.templateRevision()),
                        "ps-contract-template")
                .wide("purchasedservice.ui.contract.targets", contract.targets(), "ps-contract-targets");
        Grid<ProviderSelection.MilestoneEntry> milestones = new Grid<>();
        milestones.setId("ps-milestones");
        milestones.addThemeVariants(GridVariant.LUMO_COMPACT);
        milestones.addColumn(ProviderSelection.MilestoneEntry::name)
                .setHeader(getTranslation("purchasedservice.ui.contract.milestone")).setAutoWidth(true);
        milestones.addColumn(ProviderSelection.MilestoneEntry::deliverable)
                .setHeader(getTranslation("purchasedservice.ui.contract.deliverable")).setFlexGrow(2);
        milestones.addColumn(milestone -> Formats.date(milestone.dueOn()))
                .setHeader(getTranslation("purchasedservice.ui.contract.due")).setAutoWidth(true);
        milestones.addColumn(milestone -> milestone.paymentPercent() + "% · " + PurchaseUi.yuan(milestone.paymentAmount()))
                .setHeader(getTranslation("purchasedservice.ui.contract.payment")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        milestones.setItems(contract.milestones());
        milestones.setAllRowsVisible(true);
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("purchasedservice.ui.contract.title")), facts,
                milestones);
        layout.setPadding(false);
        return layout;
    }
}

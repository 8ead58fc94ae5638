package org.tongban.purchasedservice.ui;



import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.MemoryUpload;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.Delivery;

/**
 * 投标与响应 — a provider contact's one page: the notices open now (respond, or change the response, until the
 * deadline) and the provider's own responses with their results, ranking and, in the objection period, 质疑.
 */
@Route(ProviderBidsView.ROUTE)
@Menu(title = ProviderBidsView.TITLE, order = 32, icon = "vaadin:file-add")
@RolesAllowed("PROVIDER")
public class ProviderBidsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "purchasedservice/bids";
    static final String TITLE = "purchasedservice.ui.menu.bids";
    private static final int MAX_UPLOAD_MB = 10;

    private final transient Bids bids;
    private final transient Delivery delivery;
    private final Grid<Delivery.ProviderProject> projects = new Grid<>();
    private final Grid<Bids.OpenNotice> notices = new Grid<>();
    private final Grid<Bids.MyBid> mine = new Grid<>();

    public ProviderBidsView(Bids bids, Delivery delivery) {
        this.bids = bids;
        this.delivery = delivery;
        setSizeFull();
        notices.setId("ps-open-notices");
        notices.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        notices.addColumn(Bids.OpenNotice::projectNumber).setHeader(getTranslation("purchasedservice.ui.column.number"))
                .setAutoWidth(true);
        notices.addColumn(Bids.OpenNotice::title).setHeader(getTranslation("purchasedservice.ui.column.title"))
                .setFlexGrow(3);
        notices.addColumn(Bids.OpenNotice::departmentName)
                .setHeader(getTranslation("purchasedservice.ui.column.department")).setAutoWidth(true);
        notices.addColumn(notice -> getTranslation(notice.method().messageKey()))
                .setHeader(getTranslation("purchasedservice.ui.column.method")).setAutoWidth(true);
        notices.addColumn(notice -> PurchaseUi.yuan(notice.budgetAmount()))
                .setHeader(getTranslation("purchasedservice.ui.column.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        notices.addColumn(notice -> Formats.dateTime(notice.deadline()))
                .setHeader(getTranslation("purchasedservice.ui.column.deadline")).setAutoWidth(true);
        notices.addComponentColumn(notice -> {
            Button respond = new Button(getTranslation(notice.myBidId() == null ? "purchasedservice.ui.bids.respond"
                    : "purchasedservice.ui.bids.change"), click -> openResponse(notice));
            respond.setId("ps-respond-" + notice.projectNumber());
            respond.addThemeVariants(notice.myBidId() == null ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_TERTIARY);
            return respond;
        }).setKey("respond").setAutoWidth(true);
        notices.setAllRowsVisible(true);

        mine.setId("ps-my-bids");
        mine.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        mine.addColumn(Bids.MyBid::projectNumber).setHeader(getTranslation("purchasedservice.ui.column.number"))
                .setAutoWidth(true);
        mine.addColumn(Bids.MyBid::title).setHeader(getTranslation("purchasedservice.ui.column.title")).setFlexGrow(2);
        mine.addColumn(bid -> PurchaseUi.yuan(bid.price())).setHeader(getTranslation("purchasedservice.ui.bids.price"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        mine.addColumn(bid -> Formats.dateTime(bid.submittedAt()))
                .setHeader(getTranslation("purchasedservice.ui.bids.submitted")).setAutoWidth(true);
        mine.addComponentColumn(this::standing).setHeader(getTranslation("purchasedservice.ui.bids.standing"))
                .setFlexGrow(2);
        mine.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        mine.setAllRowsVisible(true);

        projects.setId("ps-my-projects");
        projects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        projects.addColumn(Delivery.ProviderProject::contractNumber)
                .setHeader(getTranslation("purchasedservice.ui.contract.number")).setAutoWidth(true);
        projects.addColumn(Delivery.ProviderProject::title)
                .setHeader(getTranslation("purchasedservice.ui.column.title")).setFlexGrow(2);
        projects.addColumn(Delivery.ProviderProject::departmentName)
                .setHeader(getTranslation("purchasedservice.ui.column.department")).setAutoWidth(true);
        projects.addColumn(project -> PurchaseUi.yuan(project.amount()))
                .setHeader(getTranslation("purchasedservice.ui.contract.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        projects.addColumn(project -> Formats.date(project.startOn()) + " – " + Formats.date(project.endOn()))
                .setHeader(getTranslation("purchasedservice.ui.contract.term")).setAutoWidth(true);
        projects.addColumn(project -> getTranslation(project.status().messageKey()))
                .setHeader(getTranslation("purchasedservice.ui.column.status")).setAutoWidth(true);
        projects.setAllRowsVisible(true);
        add(new H2(getTranslation(TITLE)), new H3(getTranslation("purchasedservice.ui.bids.open")), notices,
                new H3(getTranslation("purchasedservice.ui.bids.mine")), mine,
                new H3(getTranslation("purchasedservice.ui.bids.projects")), projects);
        refresh();
    }

    private void refresh() {
        try {
            notices.setItems(bids.openNotices());
            mine.setItems(bids.myBids());
            projects.setItems(delivery.myProjects());
        } catch (BusinessException refused) {
            removeAll();
            add(new H2(getTranslation(TITLE)), PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
        }
    }

    /** Withdrawn, waiting, or the result: chosen, its place and score, the objection and its answer. */
    private Component standing(Bids.MyBid bid) {
        Div cell = new Div();
        cell.setId("ps-standing-" + bid.projectNumber());
        String text;
        if (bid.withdrawn()) {
            text = getTranslation("purchasedservice.ui.bids.withdrawn");
        } else if (bid.ranking() == null) {
            text = getTranslation(bid.projectStatus().messageKey());
        } else {
            text = getTranslation(bid.chosen() ? "purchasedservice.ui.bids.chosen" : "purchasedservice.ui.bids.ranked",
                    bid.ranking(), bid.score().toPlainString());
        }
        cell.add(new Span(text));
        if (bid.objection() != null) {
            Paragraph objection = new Paragraph(getTranslation(bid.objectionUpheld() == null
                    ? "purchasedservice.ui.bids.objection-open" : bid.objectionUpheld()
                    ? "purchasedservice.ui.bids.objection-upheld" : "purchasedservice.ui.bids.objection-dismissed",
                    bid.objectionAnswer() == null ? "" : bid.objectionAnswer()));
            objection.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            cell.add(objection);
        }
        return cell;
    }

    private Component actions(Bids.MyBid bid) {
        HorizontalLayout actions = new HorizontalLayout();
        bid.files().forEach(file -> actions.add(Downloads.link(file.fileName(), true, () -> {
            Bids.StoredFile stored = bids.file(file.id());
            return new Downloads.File(stored.fileName(), stored.contentType(), stored.content());
        })));
        if (bid.mayObject()) {
            Button object = new Button(getTranslation("purchasedservice.ui.bids.object"), click -> openObjection(bid));
            object.setId("ps-object-" + bid.projectNumber());
            object.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(object);
        }
        return actions;
    }

    private void openResponse(Bids.OpenNotice notice) {
        Dialog dialog = new Dialog(getTranslation("purchasedservice.ui.bids.response-title", notice.projectNumber(),
                notice.title()));
        dialog.setWidth("640px");
        TextField price = new TextField(getTranslation("purchasedservice.ui.bids.price"));
        price.setId("ps-bid-price");
        price.setHelperText(getTranslation("purchasedservice.ui.bids.price-help", PurchaseUi.yuan(notice.budgetAmount())));
        price.setSuffixComponent(new Span("元"));
        TextArea plan = PurchaseUi.textArea(this, "ps-bid-plan", "purchasedservice.ui.bids.plan", 2000);
        TextField contact = new TextField(getTranslation("purchasedservice.ui.bids.contact"));
        contact.setId("ps-bid-contact");
        contact.setWidthFull();
        MemoryUpload files = new MemoryUpload("ps-bid-files", MAX_UPLOAD_MB);
        Paragraph filesNote = new Paragraph(getTranslation("purchasedservice.ui.bids.files"));
        VerticalLayout form = new VerticalLayout(price, plan, contact, filesNote, files);
        form.setPadding(false);
        dialog.add(form);
        Button submit = Buttons.submit(getTranslation("purchasedservice.ui.bids.submit"), "ps-bid-submit", () -> {
            try {
                bids.submit(notice.projectNumber(), new Bids.BidDraft(price.getValue(), plan.getValue(),
                        contact.getValue(), files.files().stream()
                        .map(file -> new Bids.NewFile(file.fileName(), file.content())).toList()));
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("purchasedservice.ui.bids.submitted-note", notice.projectNumber()));
            refresh();
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, submit);
        if (notice.myBidId() != null) {
            Button withdraw = new Button(getTranslation("purchasedservice.ui.bids.withdraw"), click -> {
                try {
                    bids.withdraw(notice.myBidId());
                } catch (BusinessException refused) {
                    Notifications.error(PurchaseUi.describe(this, refused));
                    return;
                }
                dialog.close();
                Notifications.success(getTranslation("purchasedservice.ui.bids.withdrawn-note"));
                refresh();
            });
            withdraw.setId("ps-bid-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().addComponentAsFirst(withdraw);
        }
        dialog.open();
        price.focus();
    }

    private void openObjection(Bids.MyBid bid) {
        Dialog dialog = new Dialog(getTranslation("purchasedservice.ui.bids.object-title", bid.projectNumber()));
        dialog.setWidth("560px");
        TextArea grounds = PurchaseUi.textArea(this, "ps-objection-grounds", "purchasedservice.ui.bids.grounds", 2000);
        dialog.add(new Paragraph(getTranslation("purchasedservice.ui.bids.object-note",
                Formats.dateTime(bid.objectionDeadline()))), grounds);
        Button submit = Buttons.submit(getTranslation("purchasedservice.ui.bids.object"), "ps-objection-submit", () -> {
            try {
                bids.object(bid.id(), grounds.getValue());
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("purchasedservice.ui.bids.objected"));
            refresh();
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), submit);
        dialog.open();
        grounds.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }

}

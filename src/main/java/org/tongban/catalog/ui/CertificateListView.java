package org.tongban.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;

/**
 * 证明事项清单 — the certificate lists as in force today, read-only, for every signed-in staff member: what the
 * community issues (with its basis, the evidence to bring, what is checked, the validity), and what it does not issue
 * with who issues or verifies it instead and what replaces it. The counter types what a resident asks for, in the
 * resident's words ("单身证明"), and sees the answer at once.
 */
@Route("certificates")
@Menu(title = CertificateListView.TITLE, order = 11, icon = "vaadin:diploma-scroll")
@PermitAll
public class CertificateListView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "catalog.menu.certificate-list";

    private final transient CertificateList certificates;
    private final LocalDate today;
    private final TextField search = new TextField(getTranslation("catalog.certificate-list.search"));
    private final VerticalLayout answer = new VerticalLayout();
    private final Tab issuedTab = new Tab();
    private final Tab refusedTab = new Tab();
    private final Tabs tabs = new Tabs(issuedTab, refusedTab);
    private final Grid<CertificateType> issued = new Grid<>();
    private final Grid<CertificateType> refused = new Grid<>();

    public CertificateListView(CertificateList certificates, Clock clock) {
        this.certificates = certificates;
        this.today = LocalDate.now(clock);
        setSizeFull();

        search.setId("certificate-search");
        search.setPlaceholder(getTranslation("catalog.certificate-list.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        answer.setId("certificate-answer");
        answer.setPadding(false);
        answer.setSpacing(false);
        tabs.setId("certificate-tabs");
        tabs.addSelectedChangeListener(change -> showTab());

        issued.setId("certificate-list-issued");
        addCodeAndNameColumns(issued);
        issued.addColumn(CertificateType::basisOrReason).setKey("basis")
                .setHeader(getTranslation("catalog.certificates.basis")).setFlexGrow(3);
        issued.addColumn(CertificateType::requiredEvidence).setKey("requiredEvidence")
                .setHeader(getTranslation("catalog.certificates.required-evidence")).setFlexGrow(3);
        issued.addColumn(CertificateType::factsChecked).setKey("factsChecked")
                .setHeader(getTranslation("catalog.certificates.facts-checked")).setFlexGrow(2);
        issued.addColumn(type -> getTranslation(type.homeVisit() ? "catalog.certificate-list.home-visit-yes"
                        : "catalog.certificate-list.home-visit-no")).setKey("homeVisit")
                .setHeader(getTranslation("catalog.certificates.home-visit")).setFlexGrow(0).setWidth("6.5rem");
        issued.addColumn(type -> CatalogUi.validity(this, type.validityDays())).setKey("validity")
                .setHeader(getTranslation("catalog.certificates.validity")).setFlexGrow(0).setWidth("7rem");
        refused.setId("certificate-list-refused");
        addCodeAndNameColumns(refused);
        refused.addColumn(CertificateType::basisOrReason).setKey("reason")
                .setHeader(getTranslation("catalog.certificates.refusal-reason")).setFlexGrow(2);
        refused.addColumn(CertificateType::referTo).setKey("referTo")
                .setHeader(getTranslation("catalog.certificates.refer-to")).setFlexGrow(4);
        refused.addColumn(type -> replacement(type.replacement())).setKey("replacement")
                .setHeader(getTranslation("catalog.certificates.replacement")).setFlexGrow(0).setWidth("7rem");

        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(TITLE)), toolbar, answer, tabs, issued, refused);
        setFlexGrow(1, issued, refused);
        refresh();
        search.focus();
    }

    private void addCodeAndNameColumns(Grid<CertificateType> grid) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CertificateType::code).setKey("code").setHeader(getTranslation("catalog.certificates.code"))
                .setFlexGrow(0).setWidth("6.5rem");
        grid.addColumn(CertificateType::nameZh).setKey("name").setHeader(getTranslation("catalog.certificates.name"))
                .setFlexGrow(3).setTooltipGenerator(type -> String.join("、", type.aliases()));
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::showAnswer));
    }

    /**
     * Both lists in full until two characters are typed; then what {@link CertificateList#lookUp} finds, the best
     * match answered above the lists and its list shown.
     */
    private void refresh() {
        String typed = search.getValue() == null ? "" : search.getValue().strip();
        String words = typed.length() < 2 ? "" : typed;
        List<CertificateType> shown = words.isEmpty() ? certificates.inForce(today) : certificates.lookUp(words, today);
        List<CertificateType> issuedShown = shown.stream().filter(CertificateType::issuable).toList();
        List<CertificateType> refusedShown = shown.stream().filter(type -> !type.issuable()).toList();
        issued.setItems(issuedShown);
        refused.setItems(refusedShown);
        issuedTab.setLabel(getTranslation("catalog.certificate-list.issued", issuedShown.size()));
        refusedTab.setLabel(getTranslation("catalog.certificate-list.refused", refusedShown.size()));
        answer.removeAll();
        if (words.isEmpty()) {
            answer.setVisible(false);
        } else if (shown.isEmpty()) {
            answer.setVisible(true);
            answer.add(line(getTranslation("catalog.certificate-list.no-match", words)));
        } else {
            showAnswer(shown.get(0));
            if (shown.size() > 1) {
                answer.add(line(getTranslation("catalog.certificate-list.also", shown.size() - 1)));
            }
            tabs.setSelectedTab(shown.get(0).issuable() ? issuedTab : refusedTab);
        }
        showTab();
    }

    /** What the counter tells the resident about {@code type}. */
    private void showAnswer(CertificateType type) {
        answer.removeAll();
        answer.setVisible(true);
        H3 title = new H3(getTranslation(type.issuable() ? "catalog.certificate-list.answer-issued"
                : "catalog.certificate-list.answer-refused", type.nameZh(), type.code()));
        title.setId("certificate-answer-title");
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(CatalogUi.badge(
                getTranslation("catalog.certificate.badge." + type.listing().name()),
                type.listing() == CertificateListing.ISSUED ? "success" : "error"), title);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        answer.add(heading);
        if (type.issuable()) {
            answer.add(line(getTranslation("catalog.certificate-list.evidence-line", type.requiredEvidence())),
                    line(getTranslation("catalog.certificate-list.facts-line", type.factsChecked())));
            if (type.homeVisit()) {
                answer.add(line(getTranslation("catalog.certificate-list.home-visit-line")));
            }
            answer.add(line(getTranslation("catalog.certificate-list.validity-line",
                            CatalogUi.validity(this, type.validityDays()))),
                    line(getTranslation("catalog.certificate-list.basis-line", type.basisOrReason())));
        } else {
            if (!type.referTo().isEmpty()) {
                answer.add(line(getTranslation("catalog.certificate-list.refer-to-line", type.referTo())));
            }
            if (type.replacement() != CertificateReplacement.NONE) {
                answer.add(line(getTranslation("catalog.certificate-list.replacement-line",
                        replacement(type.replacement()))));
            }
            answer.add(line(getTranslation("catalog.certificate-list.reason-line", type.basisOrReason())));
        }
    }

    private void showTab() {
        issued.setVisible(tabs.getSelectedTab() == issuedTab);
        refused.setVisible(tabs.getSelectedTab() == refusedTab);
    }

    private String replacement(CertificateReplacement replacement) {
        return replacement == CertificateReplacement.NONE ? "" : getTranslation(replacement.messageKey());
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.getStyle().set("margin", "0");
        return line;
    }

    @Override
    public String getPageTitle() {
        return CatalogUi.title(this, TITLE);
    }
}

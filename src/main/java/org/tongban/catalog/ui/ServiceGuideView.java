package org.tongban.catalog.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.ServiceItem.Material;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;

/**
 * 办事指南 — what an item needs, read-only, for every signed-in staff member: the front desk looks up materials, time
 * limits and the responsible department while the resident waits. Lists active items only.
 */
@Route("catalogue")
@Menu(title = ServiceGuideView.TITLE, order = 10, icon = "vaadin:book")
@PermitAll
public class ServiceGuideView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "catalog.menu.guide";

    private final transient ServiceCatalogue catalogue;
    private final Map<String, String> departmentNames;
    private final TextField filter = new TextField();
    private final Select<Channel> channel = new Select<>();
    private final Grid<ServiceItem> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();

    public ServiceGuideView(ServiceCatalogue catalogue, Directory directory) {
        this.catalogue = catalogue;
        this.departmentNames = directory.units(OrgUnitKind.DEPARTMENT).stream()
                .collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::name));
        setSizeFull();

        filter.setId("guide-filter");
        filter.setPlaceholder(getTranslation("catalog.guide.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidth("20rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        channel.setId("guide-channel");
        channel.setLabel(getTranslation("catalog.guide.channel"));
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("catalog.guide.all-channels"));
        channel.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.guide.all-channels")
                : getTranslation(value.messageKey()));
        channel.addValueChangeListener(change -> refresh());

        grid.setId("guide-grid");
        grid.addColumn(ServiceItem::code).setKey("code").setHeader(getTranslation("catalog.items.code"))
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(ServiceItem::name).setKey("name").setHeader(getTranslation("catalog.items.name")).setFlexGrow(3);
        grid.addColumn(this::departmentName).setKey("department").setHeader(getTranslation("catalog.items.department"))
                .setFlexGrow(2);
        grid.addColumn(item -> CatalogUi.promisedDays(this, item.promisedDays())).setKey("promisedDays")
                .setHeader(getTranslation("catalog.items.promised-days"));
        grid.addSelectionListener(selection -> show(selection.getFirstSelectedItem()));

        details.setId("guide-details");
        SplitLayout split = new SplitLayout(grid, details);
        split.setSizeFull();
        split.setSplitterPosition(55);

        HorizontalLayout toolbar = new HorizontalLayout(filter, channel);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(TITLE)), toolbar, split);
        refresh();
        filter.focus();
    }

    private void refresh() {
        List<ServiceItem> items = channel.getValue() == null ? catalogue.activeItems()
                : catalogue.activeItems(channel.getValue());
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(items.stream().filter(item -> text.isEmpty() || matches(item, text)).toList());
        show(Optional.empty());
    }

    private boolean matches(ServiceItem item, String text) {
        return item.code().toLowerCase(Locale.ROOT).contains(text) || item.name().contains(text)
                || departmentName(item).contains(text);
    }

    private String departmentName(ServiceItem item) {
        return departmentNames.getOrDefault(item.departmentCode(), item.departmentCode());
    }

    private void show(Optional<ServiceItem> selected) {
        details.removeAll();
        if (selected.isEmpty()) {
            details.add(new Paragraph(getTranslation("catalog.guide.choose")));
            return;
        }
        ServiceItem item = selected.get();
        H3 title = new H3(item.code() + " " + item.name());
        title.setId("guide-item-title");
        details.add(title);
        details.add(line("catalog.guide.department", departmentName(item)));
        if (item.needsCountersign()) {
            details.add(line("catalog.guide.countersign", item.countersignDepartments().stream()
                    .map(code -> departmentNames.getOrDefault(code, code))
                    .collect(Collectors.joining(getTranslation("common.list-separator")))));
        }
        details.add(line("catalog.guide.promised", item.promisedDays() == 0 ? getTranslation("catalog.items.same-day")
                : getTranslation("catalog.guide.promised-days", item.promisedDays())));
        if (item.legalDays() != null) {
            details.add(line("catalog.guide.legal", getTranslation("catalog.guide.promised-days", item.legalDays())));
        }
        if (item.siteVisitDays() > 0) {
            details.add(line("catalog.guide.site-visit", item.siteVisitDays()));
        }
        details.add(line("catalog.guide.review", getTranslation(item.twoLevelReview()
                ? "catalog.guide.two-level" : "catalog.guide.single-level")));
        details.add(line("catalog.guide.channels", CatalogUi.channels(this, item.channels())));
        if (item.legalBasis() != null) {
            details.add(line("catalog.guide.legal-basis", item.legalBasis()));
        }
        details.add(new H4(getTranslation("catalog.guide.materials")), materials(item.materials()));
    }

    private Paragraph line(String key, Object argument) {
        Paragraph line = new Paragraph(getTranslation(key, argument));
        line.getStyle().set("margin", "0");
        return line;
    }

    private Grid<Material> materials(List<Material> materials) {
        Grid<Material> grid = new Grid<>();
        grid.setId("guide-materials");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(material -> materials.indexOf(material) + 1).setKey("position").setHeader("#")
                .setFlexGrow(0).setWidth("3.5rem");
        grid.addColumn(Material::name).setKey("name").setHeader(getTranslation("catalog.items.material-name"))
                .setFlexGrow(3);
        grid.addColumn(material -> getTranslation(material.form().messageKey())).setKey("form")
                .setHeader(getTranslation("catalog.items.material-form"));
        grid.addColumn(material -> getTranslation("catalog.guide.material-copies", material.copies())).setKey("copies")
                .setHeader(getTranslation("catalog.items.material-copies"));
        grid.addColumn(material -> getTranslation(material.mandatory() ? "catalog.guide.material-required"
                : "catalog.guide.material-optional")).setKey("mandatory")
                .setHeader(getTranslation("catalog.items.material-mandatory"));
        grid.addColumn(material -> material.notes() == null ? "" : material.notes()).setKey("notes")
                .setHeader(getTranslation("catalog.items.material-notes")).setFlexGrow(2);
        grid.setItems(materials);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return CatalogUi.title(this, TITLE);
    }
}

package org.tongban.seal.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.tongban.base.ui.Formats;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealAdministration.UseEntry;
import org.tongban.seal.SealAdministration.UseQuery;

/** 用印登记 — every logged use, newest first, by seal and date range, read a page at a time. */
class UseLog extends VerticalLayout {

    private final ComboBox<SealEntry> seal = new ComboBox<>(getTranslation("seal.uses.seal"));
    private final DatePicker from = new DatePicker(getTranslation("seal.uses.from"));
    private final DatePicker to = new DatePicker(getTranslation("seal.uses.to"));
    private final Grid<UseEntry> grid = new Grid<>();

    UseLog(SealAdministration administration) {
        setPadding(false);
        setSizeFull();
        seal.setId("seal-uses-seal");
        seal.setClearButtonVisible(true);
        seal.setItemLabelGenerator(choice -> choice.code() + " " + choice.unitName());
        seal.setWidth("20rem");
        from.setId("seal-uses-from");
        to.setId("seal-uses-to");
        to.setManualValidation(true);
        seal.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> rangeChanged());
        to.addValueChangeListener(change -> rangeChanged());
        HorizontalLayout filters = new HorizontalLayout(seal, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("seal-uses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(use -> Formats.dateTime(use.usedAt())).setKey("usedAt")
                .setHeader(getTranslation("seal.uses.used-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UseEntry::sealCode).setKey("seal").setHeader(getTranslation("seal.uses.seal"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UseEntry::useName).setKey("use").setHeader(getTranslation("seal.uses.use")).setFlexGrow(3)
                .setTooltipGenerator(UseEntry::useCode);
        grid.addColumn(UseEntry::documentReference).setKey("document")
                .setHeader(getTranslation("seal.uses.document")).setFlexGrow(2);
        grid.addColumn(use -> getTranslation("seal.name-and-code", use.usedByName(), use.usedBy()))
                .setKey("usedBy").setHeader(getTranslation("seal.uses.used-by")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("seal.uses.empty"));
        grid.setItems(query -> administration.uses(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.countUses(query()));
        add(filters, grid);
    }

    /** The seals to choose from: every one the viewer may see, retired ones included. */
    void showSeals(List<SealEntry> seals) {
        SealEntry chosen = seal.getValue();
        seal.setItems(seals);
        if (chosen != null) {
            seals.stream().filter(candidate -> candidate.id() == chosen.id()).findFirst().ifPresent(seal::setValue);
        }
    }

    private void rangeChanged() {
        boolean valid = rangeValid();
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("seal.error.range"));
        if (valid) {
            grid.getDataProvider().refreshAll();
        }
    }

    private boolean rangeValid() {
        return from.getValue() == null || to.getValue() == null || !to.getValue().isBefore(from.getValue());
    }

    /** An end before the start is shown as an error and left out until it is mended. */
    private UseQuery query() {
        SealEntry chosen = seal.getValue();
        LocalDate end = rangeValid() ? to.getValue() : null;
        return new UseQuery(chosen == null ? null : chosen.id(), null, from.getValue(), end);
    }
}

package org.tongban.certificate.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateType;

/**
 * What the resident asks for, typed in their words: the lists are searched by name and everyday name (单身证明 finds
 * 婚姻状况证明); text that matches nothing stands for a certificate on neither list, kept as {@link #unlisted()}.
 */
class CertificateChooser extends ComboBox<CertificateType> {

    private final transient CertificateList certificateList;
    private final LocalDate today;
    private final transient Runnable onChange;
    private String unlisted;

    CertificateChooser(String id, CertificateList certificateList, LocalDate today, Runnable onChange) {
        this.certificateList = certificateList;
        this.today = today;
        this.onChange = onChange;
        setId(id);
        setLabel(getTranslation("certificate.ui.intake.certificate"));
        setHelperText(getTranslation("certificate.ui.intake.certificate-help"));
        setPlaceholder(getTranslation("certificate.ui.intake.certificate-placeholder"));
        setWidthFull();
        setRequiredIndicatorVisible(true);
        setItems(query -> {
            String words = query.getFilter().orElse("");
            List<CertificateType> found = words.isBlank() ? certificateList.inForce(today)
                    : certificateList.lookUp(words, today);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        setItemLabelGenerator(type -> type.code() + " · " + type.nameZh());
        setAllowCustomValue(true);
        addCustomValueSetListener(typed -> choose(typed.getDetail()));
        addValueChangeListener(change -> {
            if (change.getValue() != null) {
                unlisted = null;
            }
            this.onChange.run();
        });
    }

    /** Takes typed text: the best entry it names, or the text itself as a certificate on neither list. */
    void choose(String typed) {
        List<CertificateType> found = certificateList.lookUp(typed, today);
        if (found.isEmpty()) {
            String name = typed == null ? "" : typed.strip();
            unlisted = name.isEmpty() ? null : name;
            // Clearing fires a change only when there was a value; the unlisted name needs its answer either way.
            if (getValue() == null) {
                onChange.run();
            } else {
                clear();
            }
        } else {
            setValue(found.get(0));
        }
    }

    /** The name of a certificate on neither list, or null. */
    String unlisted() {
        return unlisted;
    }

    void reset() {
        unlisted = null;
        clear();
    }
}

package org.tongban.catalog.ui;

import java.io.InputStream;
import java.util.Locale;
import java.util.SortedSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import org.tongban.base.BusinessException;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarAdministration.ImportResult;

/**
 * Imports a year's arrangement from a CSV file. Says before the import that the year's entries are replaced; a file
 * with a bad line is refused whole, with the line named, and the dialog stays open for the corrected file.
 */
class ImportDialog extends Dialog {

    private static final int MAX_KB = CalendarAdministration.IMPORT_MAX_BYTES / 1024;

    private final transient CalendarAdministration calendar;
    private final transient Consumer<ImportResult> onImported;
    private final Select<Integer> year = new Select<>();
    private final Paragraph explanation = new Paragraph();
    private final Span error = new Span();
    private final Button start = new Button(getTranslation("calendar.import.start"));
    private byte[] content;

    ImportDialog(CalendarAdministration calendar, SortedSet<Integer> years, int initialYear,
                 Consumer<ImportResult> onImported) {
        this.calendar = calendar;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("calendar.import.title"));
        setWidth("36em");

        year.setId("calendar-import-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(initialYear);
        year.addValueChangeListener(change -> explain());
        explanation.setId("calendar-import-explanation");
        explain();

        Upload upload = new Upload(receiver());
        upload.setId("calendar-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CalendarAdministration.IMPORT_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> showError(getTranslation("calendar.import.rejected-file", MAX_KB)));
        upload.addFileRemovedListener(removed -> {
            content = null;
            start.setEnabled(false);
        });

        error.setId("calendar-import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(year, explanation, new Paragraph(getTranslation("calendar.import.format", MAX_KB)), upload, error);

        start.setId("calendar-import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> importFile());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, start);
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without being held in memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] received;
            try (InputStream in = event.getInputStream()) {
                received = in.readNBytes(CalendarAdministration.IMPORT_MAX_BYTES + 1);
            }
            String fileName = event.getFileName();
            String type = event.getContentType();
            event.getUI().access(() -> received(fileName, type, received));
        };
    }

    private void received(String fileName, String type, byte[] received) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean text = name.endsWith(".csv") || "text/csv".equals(type) || "text/plain".equals(type);
        if (!text || received.length > CalendarAdministration.IMPORT_MAX_BYTES) {
            content = null;
            start.setEnabled(false);
            showError(getTranslation("calendar.import.rejected-file", MAX_KB));
            return;
        }
        content = received;
        error.setText("");
        start.setEnabled(true);
    }

    private void importFile() {
        if (content == null || year.getValue() == null) {
            showError(getTranslation("calendar.import.no-file"));
            return;
        }
        try {
            ImportResult result = calendar.importCsv(year.getValue(), content);
            close();
            onImported.accept(result);
        } catch (BusinessException refusal) {
            showError(CalendarUi.text(this, refusal));
        }
    }

    private void explain() {
        Integer chosen = year.getValue();
        if (chosen != null) {
            CalendarAdministration.YearStatus status = calendar.status(chosen);
            explanation.setText(getTranslation("calendar.import.explanation", String.valueOf(chosen),
                    status.holidays() + status.makeupWorkdays()));
        }
    }

    private void showError(String message) {
        error.setText(message);
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("calendar.import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("calendar.import.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("calendar.import.rejected-file", MAX_KB))
                .setIncorrectFileType(getTranslation("calendar.import.rejected-file", MAX_KB))
                .setTooManyFiles(getTranslation("calendar.import.rejected-file", MAX_KB)));
        return texts;
    }
}

package org.tongban.seal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.SealDraft;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealKind;

/**
 * Registers a seal: the unit, the inscription as engraved, the kind, the keeper, and the impression — an uploaded
 * PNG scan, or the standard impression (生成标准印模), which is what is saved when no scan is uploaded. The service
 * checks everything; a refusal is shown next to the field it concerns.
 */
class RegisterSealDialog extends Dialog {

    private static final String ERROR_PREFIX = "seal.error.";

    private final transient SealAdministration administration;
    private final transient Directory directory;
    private final transient Consumer<SealEntry> onRegistered;

    private final ComboBox<OrgUnitSummary> unit = new ComboBox<>(getTranslation("seal.seals.unit"));
    private final TextField name = new TextField(getTranslation("seal.seals.name"));
    private final RadioButtonGroup<SealKind> kind = new RadioButtonGroup<>(getTranslation("seal.seals.kind"));
    private final ComboBox<String> keeper = new ComboBox<>(getTranslation("seal.seals.keeper"));
    private final Upload upload = new Upload(receiver());
    private final Span imageError = new Span();
    private final Span previewCaption = new Span();
    private final Div preview = new Div();
    /** Where each refusal goes, by the start of its key after {@value #ERROR_PREFIX}. */
    private final Map<String, HasValidation> fieldsByRefusal = new LinkedHashMap<>();
    private Map<String, String> keeperNames = Map.of();
    private String uploadedName;
    private byte[] uploaded;

    RegisterSealDialog(SealAdministration administration, Directory directory, Consumer<SealEntry> onRegistered) {
        this.administration = administration;
        this.directory = directory;
        this.onRegistered = onRegistered;
        setHeaderTitle(getTranslation("seal.register.title"));
        setWidth("min(48rem, 95vw)");

        unit.setId("seal-unit");
        unit.setItems(Stream.of(OrgUnitKind.SUBDISTRICT, OrgUnitKind.COMMUNITY)
                .flatMap(level -> directory.units(level).stream()).filter(OrgUnitSummary::active)
                .sorted(Comparator.comparing(OrgUnitSummary::code)).toList());
        unit.setItemLabelGenerator(choice -> getTranslation("seal.name-and-code", choice.name(), choice.code()));
        unit.addValueChangeListener(change -> offerKeepers(change.getValue()));
        name.setId("seal-name");
        name.setMaxLength(SealAdministration.NAME_MAX);
        name.setHelperText(getTranslation("seal.register.name-help"));
        kind.setId("seal-kind");
        kind.setItems(SealKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setValue(SealKind.CERTIFICATE);
        keeper.setId("seal-keeper");
        keeper.setHelperText(getTranslation("seal.register.keeper-help"));
        keeper.setClearButtonVisible(true);
        keeper.setItemLabelGenerator(login -> getTranslation("seal.name-and-code",
                keeperNames.getOrDefault(login, login), login));
        for (HasValidation field : List.<HasValidation>of(unit, name, kind, keeper)) {
            // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
            field.setManualValidation(true);
        }
        unit.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        kind.setRequiredIndicatorVisible(true);

        FormLayout fields = new FormLayout(unit, kind, name, keeper);
        fields.setColspan(name, 2);
        add(fields, image());

        fieldsByRefusal.put("unit-", unit);
        fieldsByRefusal.put("name-", name);
        fieldsByRefusal.put("kind-", kind);
        fieldsByRefusal.put("keeper-", keeper);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("seal-register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private VerticalLayout image() {
        upload.setId("seal-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SealAdministration.IMAGE_MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", ".png");
        String rejected = getTranslation("seal.register.upload-rejected");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("seal.register.upload-add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("seal.register.upload-drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        upload.setI18n(texts);
        upload.addFileRejectedListener(refused -> imageError.setText(rejected));
        upload.addFileRemovedListener(removed -> {
            uploaded = null;
            uploadedName = null;
            preview.removeAll();
            previewCaption.setText("");
        });
        Button generate = new Button(getTranslation("seal.register.generate"), VaadinIcon.PICTURE.create(),
                click -> generate());
        generate.setId("seal-generate");
        imageError.setId("seal-image-error");
        imageError.getStyle().set("color", "var(--lumo-error-text-color)");
        previewCaption.setId("seal-preview-caption");
        preview.setId("seal-preview");
        VerticalLayout image = new VerticalLayout(new Span(getTranslation("seal.register.image")),
                new Paragraph(getTranslation("seal.register.image-help")), upload, generate, imageError,
                previewCaption, preview);
        image.setPadding(false);
        image.setSpacing(false);
        return image;
    }

    /** The members of the chosen unit, who alone may keep its seal. */
    private void offerKeepers(OrgUnitSummary chosen) {
        keeper.clear();
        List<String> members = chosen == null ? List.of()
                : directory.membersOf(CandidateGroups.unit(chosen.kind(), chosen.code()));
        keeperNames = directory.displayNames(members);
        keeper.setItems(members);
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without being held in memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] received;
            try (InputStream in = event.getInputStream()) {
                received = in.readNBytes(SealAdministration.IMAGE_MAX_BYTES + 1);
            } catch (IOException e) {
                received = new byte[0];
            }
            String fileName = event.getFileName();
            byte[] content = received;
            event.getUI().access(() -> received(fileName, content));
        };
    }

    private void received(String fileName, byte[] content) {
        imageError.setText("");
        if (content.length == 0 || content.length > SealAdministration.IMAGE_MAX_BYTES) {
            uploaded = null;
            uploadedName = null;
            imageError.setText(getTranslation("seal.register.upload-rejected"));
            return;
        }
        uploaded = content;
        uploadedName = fileName;
        show(getTranslation("seal.register.preview-upload", fileName), content);
    }

    /** The standard impression of what is entered now; it replaces an uploaded scan. */
    private void generate() {
        clearRefusals();
        try {
            byte[] standard = administration.standardPreview(name.getValue(), kind.getValue());
            uploaded = null;
            uploadedName = null;
            upload.clearFileList();
            show(getTranslation("seal.register.preview-standard"), standard);
        } catch (BusinessException refusal) {
            showRefusal(refusal);
        }
    }

    private void show(String caption, byte[] png) {
        previewCaption.setText(caption);
        preview.removeAll();
        preview.add(SealUi.image(() -> png, "seal.png", caption, "12rem"));
    }

    private void save() {
        clearRefusals();
        try {
            SealEntry registered = administration.register(new SealDraft(
                    unit.getValue() == null ? null : unit.getValue().code(), name.getValue(), kind.getValue(),
                    keeper.getValue(), uploadedName, uploaded));
            close();
            Notifications.success(getTranslation("seal.register.registered", registered.code()));
            onRegistered.accept(registered);
        } catch (BusinessException refusal) {
            showRefusal(refusal);
        }
    }

    private void clearRefusals() {
        fieldsByRefusal.values().forEach(field -> field.setInvalid(false));
        imageError.setText("");
    }

    /** A refusal about a field goes next to it, one about the image under the upload; anything else is a notification. */
    private void showRefusal(BusinessException refusal) {
        String message = SealUi.text(this, refusal);
        String key = refusal.messageKey();
        if (key.startsWith(ERROR_PREFIX + "image-") || key.startsWith("error.file-")) {
            imageError.setText(message);
            return;
        }
        HasValidation field = key.startsWith(ERROR_PREFIX) ? fieldsByRefusal.entrySet().stream()
                .filter(entry -> key.startsWith(entry.getKey(), ERROR_PREFIX.length()))
                .map(Map.Entry::getValue).findFirst().orElse(null) : null;
        if (field == null) {
            Notifications.error(message);
        } else {
            SealUi.showOn(field, message);
        }
    }
}

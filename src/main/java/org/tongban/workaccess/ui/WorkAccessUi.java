package org.tongban.workaccess.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Downloads;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.RequestStatus;

/** What the work-access screens share: badges, list-entry labels, date pickers, downloads and refusals as text. */
final class WorkAccessUi {

    /** The largest attachment the services accept; the upload refuses larger files before sending them. */
    static final int MAX_UPLOAD_MB = 10;

    private WorkAccessUi() {
    }

    /** A refusal in the reader's language. */
    static String describe(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    static Span statusBadge(Component owner, RequestStatus status) {
        String theme = switch (status) {
            case ADMITTED -> "badge success";
            case REFUSED, REVOKED -> "badge error";
            case WITHDRAWN, PURCHASE_PROPOSED -> "badge contrast";
            case IN_REVIEW, COUNTY_APPROVAL, RETURNED -> "badge";
        };
        return badge(owner.getTranslation(status.messageKey()), theme);
    }

    /** The kind of a list entry; null stands for work not on the list. */
    static Span kindBadge(Component owner, WorkItemKind kind) {
        String theme = kind == null ? "badge contrast" : switch (kind) {
            case DUTY -> "badge success";
            case ASSIST -> "badge";
            case NEGATIVE -> "badge error";
        };
        return badge(kindName(owner, kind), theme);
    }

    static String kindName(Component owner, WorkItemKind kind) {
        return owner.getTranslation(kind == null ? "workaccess.ui.kind.NONE" : kind.messageKey());
    }

    /** "WI-A05 · 名称 · 协助政府工作事项": the code first, so typing a code finds the entry. */
    static String itemLabel(Component owner, WorkItem item) {
        return item.code() + " · " + item.nameZh() + " · " + kindName(owner, item.kind());
    }

    /** List entries in the order of the published list: duties, assisting work, then the negative list. */
    static List<WorkItem> listOrder(List<WorkItem> items) {
        return items.stream().sorted(Comparator.comparing(WorkItem::kind).thenComparing(WorkItem::code)).toList();
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** The page's own refusal (outside the data scope, unknown request): the message instead of any content. */
    static Span refusal(String text) {
        Span refusal = badge(text, "badge error");
        refusal.setId("wa-refusal");
        return refusal;
    }

    /** A short explanation under a field or section. */
    static Div note(String text, String color) {
        Div note = new Div();
        note.setText(text);
        note.getStyle().set("color", color).set("font-size", "var(--lumo-font-size-s)");
        return note;
    }

    /** ISO dates with month and day names of the reader's language and weeks from Monday, as Chinese calendars. */
    static DatePicker datePicker(Component owner, String labelKey) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        // The UI's language until set otherwise.
        Locale locale = picker.getLocale();
        List<String> months = Stream.of(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL, locale))
                .toList();
        // The web component counts weekdays from Sunday.
        List<DayOfWeek> fromSunday = IntStream.range(0, 7).mapToObj(DayOfWeek.SUNDAY::plus).toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setToday(owner.getTranslation("workaccess.ui.today"))
                .setCancel(owner.getTranslation("action.cancel")));
        return picker;
    }

    /** A link that fetches the file when clicked, within the signed-in user's scope (checked again by the service). */
    static Anchor download(String fileName, SerializableSupplier<AccessRequests.StoredFile> file) {
        return Downloads.link(fileName, true, () -> {
            AccessRequests.StoredFile stored = file.get();
            return new Downloads.File(stored.fileName(), stored.contentType(), stored.content());
        });
    }

    /** Links to a request's or a dispatch's files, each fetched by its id when clicked. */
    static HorizontalLayout downloads(String id, List<AccessRequestDetail.FileEntry> files,
                                      SerializableFunction<Long, AccessRequests.StoredFile> content) {
        HorizontalLayout links = new HorizontalLayout();
        links.setId(id);
        links.getStyle().set("flex-wrap", "wrap");
        files.forEach(file -> links.add(download(file.fileName(), () -> content.apply(file.id()))));
        return links;
    }

    static TextArea textArea(Component owner, String id, String labelKey, int maxLength) {
        TextArea area = new TextArea(owner.getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    /** The page's main action; Ctrl+Enter presses it from any field, as on the counter's intake form. */
    static Button submitButton(String text, String id, Runnable click) {
        return Buttons.submit(text, id, click);
    }

    /** An error that matters more than a passing notice: it stays until the reader closes it. */
    static void stickyError(Component owner, String text) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Span message = new Span(text);
        message.setId("wa-sticky-error");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(owner.getTranslation("workaccess.ui.close"));
        HorizontalLayout layout = new HorizontalLayout(message, close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }
}

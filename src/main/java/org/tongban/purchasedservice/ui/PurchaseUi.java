package org.tongban.purchasedservice.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ProjectStatus;

/** What the project screens share: refusals as text, status badges, amounts in yuan. */
final class PurchaseUi {

    private PurchaseUi() {
    }

    static String describe(Component owner, BusinessException refusal) {
        return owner.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    static Span statusBadge(Component owner, ProjectStatus status) {
        String theme = switch (status) {
            case PUBLISHED, CONTRACTED, ACCEPTED, CLOSED -> "badge success";
            case BUDGET_REFUSED, NO_BIDS -> "badge error";
            case WITHDRAWN -> "badge contrast";
            case BUDGET_REVIEW, RETURNED, TO_PUBLISH, EVALUATING, RESULT_PUBLISHED, AWARDED, UNDER_EVALUATION, GRADED,
                 SETTLED -> "badge";
        };
        return badge(owner.getTranslation(status.messageKey()), theme);
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** The page's own refusal (outside the scope, unknown project): the message instead of any content. */
    static Span refusal(String text) {
        Span refusal = badge(text, "badge error");
        refusal.setId("ps-refusal");
        return refusal;
    }

    /** "¥1,200,000.00", grouped as Chinese finance staff write amounts. */
    static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount);
    }

    static TextArea textArea(Component owner, String id, String labelKey, int maxLength) {
        TextArea area = new TextArea(owner.getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }
}

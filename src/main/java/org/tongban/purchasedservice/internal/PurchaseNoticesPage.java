package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import org.tongban.base.Messages;
import org.tongban.base.web.PublicHtml;
import org.tongban.base.web.PublicPaths;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.PublicNotices;
import org.tongban.purchasedservice.PublicNotices.PublicNotice;

/**
 * 政府购买服务公告 at {@code /purchases} (the list) and {@code /purchases/<project number>} (one notice): what anyone may
 * read without an account, as the 信息公开 rules require — what is bought, for whom, with how much, by which method,
 * how responses are scored and until when.
 */
@Controller
class PurchaseNoticesPage {

    static final String ROUTE = "/purchases";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final String STYLE = "table{width:100%;border-collapse:collapse;background:#fff}"
            + "th,td{padding:.55rem .6rem;border-bottom:1px solid #e3e8ef;text-align:left;vertical-align:top}"
            + "th{color:#5b6675;font-weight:500;background:#eef2f7}.open{color:#1e7b34;font-weight:600}"
            + ".closed{color:#5b6675}.amount{text-align:right;white-space:nowrap}h2{font-size:1.1rem;margin:1.25rem 0 .5rem}"
            + "section.card{margin-bottom:1rem}p.pre{white-space:pre-wrap;margin:.25rem 0}";

    private final PublicNotices notices;
    private final Messages messages;

    PurchaseNoticesPage(PublicNotices notices, Messages messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping(path = ROUTE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list() {
        Locale locale = Messages.currentLocale();
        StringBuilder html = PublicHtml.open(locale, text(locale, "purchasedservice.public.title"), STYLE, "60rem")
                .append("<h1>").append(text(locale, "purchasedservice.public.title")).append("</h1>");
        List<PublicNotice> found = notices.notices();
        if (found.isEmpty()) {
            html.append("<p id=\"notices-empty\">").append(text(locale, "purchasedservice.public.empty")).append("</p>");
        } else {
            html.append("<table id=\"notices\"><thead><tr>");
            for (String column : List.of("number", "title", "department", "method", "amount", "deadline", "state")) {
                html.append("<th>").append(text(locale, "purchasedservice.public.column." + column)).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (PublicNotice notice : found) {
                html.append("<tr><td>").append(escape(notice.projectNumber())).append("</td><td><a href=\"")
                        .append(ROUTE).append('/').append(escape(notice.projectNumber())).append("\">")
                        .append(escape(notice.title())).append("</a></td><td>").append(escape(notice.departmentName()))
                        .append("</td><td>").append(text(locale, notice.method().messageKey()))
                        .append("</td><td class=\"amount\">").append(yuan(locale, notice.budgetAmount()))
                        .append("</td><td>").append(time(locale, notice.deadline())).append("</td>");
                state(html, locale, notice, "td");
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<p class=\"note\">").append(text(locale, "purchasedservice.public.note")).append("</p>");
        return PublicHtml.respond(200, html);
    }

    @GetMapping(path = ROUTE + "/{number}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> notice(@PathVariable("number") String number) {
        Locale locale = Messages.currentLocale();
        Optional<PublicNotice> found = notices.notice(number);
        String title = found.map(notice -> escape(notice.title()))
                .orElse(text(locale, "purchasedservice.public.not-found"));
        StringBuilder html = PublicHtml.open(locale, title, STYLE, "48rem")
                .append("<p><a href=\"").append(ROUTE).append("\">")
                .append(text(locale, "purchasedservice.public.back")).append("</a></p><h1>").append(title)
                .append("</h1>");
        if (found.isEmpty()) {
            return PublicHtml.respond(404, html);
        }
        PublicNotice notice = found.get();
        html.append("<section class=\"card\"><dl>");
        field(html, locale, "number", escape(notice.projectNumber()));
        field(html, locale, "department", escape(notice.departmentName()));
        field(html, locale, "method", text(locale, notice.method().messageKey()));
        field(html, locale, "amount", yuan(locale, notice.budgetAmount()));
        field(html, locale, "duration", text(locale, "purchasedservice.public.months", notice.durationMonths()));
        field(html, locale, "published", time(locale, notice.publishedAt()));
        field(html, locale, "deadline", time(locale, notice.deadline()));
        html.append("<dt>").append(text(locale, "purchasedservice.public.field.state")).append("</dt>");
        state(html, locale, notice, "dd");
        field(html, locale, "contact", escape(notice.contact()));
        html.append("</dl></section>");
        paragraph(html, locale, "target-group", notice.targetGroup());
        paragraph(html, locale, "content", notice.content());
        paragraph(html, locale, "outputs", notice.outputs());
        paragraph(html, locale, "requirements", notice.requirements());
        if (notice.singleSourceReason() != null) {
            paragraph(html, locale, "single-source", notice.singleSourceReason());
        }
        html.append("<h2>").append(text(locale, "purchasedservice.public.criteria")).append("</h2>")
                .append("<table id=\"criteria\"><thead><tr><th>")
                .append(text(locale, "purchasedservice.public.criterion.name")).append("</th><th>")
                .append(text(locale, "purchasedservice.public.criterion.description")).append("</th><th class=\"amount\">")
                .append(text(locale, "purchasedservice.public.criterion.weight")).append("</th></tr></thead><tbody>");
        for (NoticeDraft.Criterion criterion : notice.criteria()) {
            html.append("<tr><td>").append(escape(criterion.name())).append("</td><td>")
                    .append(escape(criterion.description())).append("</td><td class=\"amount\">")
                    .append(criterion.weight()).append("</td></tr>");
        }
        html.append("</tbody></table>");
        laterStages(html, locale, notice);
        html.append("<p class=\"note\">")
                .append(text(locale, notice.open() ? "purchasedservice.public.how-to-respond"
                        : "purchasedservice.public.closed-note"))
                .append("</p>");
        return PublicHtml.respond(200, html);
    }

    /** 中选结果, 履约验收结果 and 公开承诺评议, as each is published. */
    private void laterStages(StringBuilder html, Locale locale, PublicNotice notice) {
        if (notice.result() != null) {
            html.append("<section class=\"card\" id=\"notice-result\"><h2>")
                    .append(text(locale, "purchasedservice.public.result")).append("</h2><p>")
                    .append(text(locale, "purchasedservice.public.result-text", notice.result().providerName(),
                            yuan(locale, notice.result().price()), time(locale, notice.result().publishedAt()),
                            time(locale, notice.result().objectionsUntil())))
                    .append("</p></section>");
        }
        if (notice.acceptance() != null) {
            PublicNotices.Acceptance acceptance = notice.acceptance();
            String users = acceptance.surveyResponses() == null ? "" : text(locale,
                    "purchasedservice.public.acceptance-survey", acceptance.surveyResponses(),
                    acceptance.satisfaction().toPlainString());
            if (acceptance.representatives() != null) {
                users += text(locale, "purchasedservice.public.acceptance-representatives",
                        acceptance.representatives());
            }
            html.append("<section class=\"card\" id=\"notice-acceptance\"><h2>")
                    .append(text(locale, "purchasedservice.public.acceptance")).append("</h2><p>")
                    .append(text(locale, acceptance.passed() ? "purchasedservice.public.acceptance-passed"
                            : "purchasedservice.public.acceptance-failed", time(locale, acceptance.at())))
                    .append(users).append("</p><p class=\"pre\">").append(escape(acceptance.findings()))
                    .append("</p></section>");
        }
        if (notice.commitment() != null) {
            PublicNotices.Commitment commitment = notice.commitment();
            html.append("<section class=\"card\" id=\"notice-commitment\"><h2>")
                    .append(text(locale, "purchasedservice.public.commitment")).append("</h2><p>")
                    .append(text(locale, "purchasedservice.public.commitment-text", commitment.responsibleBody(),
                            commitment.deadline() == null ? "" : commitment.deadline().toString()))
                    .append("</p>");
            for (PublicNotices.Review review : commitment.reviews()) {
                html.append("<p class=\"pre\">").append(text(locale, "purchasedservice.public.review",
                        review.heldOn().toString(), review.participants(), review.opinions(), review.response()))
                        .append("</p>");
            }
            html.append("</section>");
        }
    }

    private void state(StringBuilder html, Locale locale, PublicNotice notice, String cell) {
        html.append('<').append(cell).append(" class=\"").append(notice.open() ? "open" : "closed").append("\">")
                .append(text(locale, notice.open() ? "purchasedservice.public.open" : "purchasedservice.public.closed"))
                .append("</").append(cell).append('>');
    }

    private void field(StringBuilder html, Locale locale, String key, String escapedValue) {
        html.append("<dt>").append(text(locale, "purchasedservice.public.field." + key)).append("</dt><dd id=\"notice-")
                .append(key).append("\">").append(escapedValue).append("</dd>");
    }

    private void paragraph(StringBuilder html, Locale locale, String key, String value) {
        html.append("<section class=\"card\" id=\"notice-").append(key).append("\"><h2>")
                .append(text(locale, "purchasedservice.public.field." + key)).append("</h2><p class=\"pre\">")
                .append(escape(value)).append("</p></section>");
    }

    private String text(Locale locale, String key, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.get(locale, key, arguments));
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }

    private String yuan(Locale locale, BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return text(locale, "purchasedservice.public.yuan", format.format(amount));
    }

    private static String time(Locale locale, LocalDateTime at) {
        return at == null ? "" : (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? TIME_EN : TIME).format(at);
    }

    /** The public reads notices without an account. */
    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PublicPaths purchaseNoticesPublicPaths() {
            return new PublicPaths(List.of(ROUTE, ROUTE + "/*"));
        }
    }
}

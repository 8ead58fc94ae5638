package org.tongban.inbox.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tongban.base.Messages;
import org.tongban.inbox.FormSubmissionRejected;

/** A refused form submission as a 400 problem detail listing each field's error in the caller's language. */
@RestControllerAdvice(assignableTypes = InboxApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InboxApiProblems {

    private final Messages messages;

    InboxApiProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FormSubmissionRejected.class)
    ProblemDetail formRejected(FormSubmissionRejected rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.describe(rejected, locale));
        problem.setType(URI.create("urn:tongban:problem:" + rejected.messageKey()));
        problem.setTitle(messages.get(locale, "error.title.400"));
        List<Map<String, String>> errors = rejected.fieldErrors().stream()
                .map(error -> Map.of("field", error.key(),
                        "message", messages.get(locale, error.messageKey(), error.arguments().toArray())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}

package org.tongban.base.web;

import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;

/**
 * Every error of our REST API as an RFC 9457 problem detail whose title and detail are in the caller's language
 * (Chinese unless the request asks for English). Framework errors get their texts from the {@code problemDetail.*}
 * keys of the base bundle.
 */
@RestControllerAdvice(basePackages = "org.tongban")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPE_PREFIX = "urn:tongban:problem:";

    private final Messages messages;
    private final AuditTrail auditTrail;

    ApiProblems(Messages messages, AuditTrail auditTrail, org.springframework.context.MessageSource messageSource) {
        this.messages = messages;
        this.auditTrail = auditTrail;
        setMessageSource(messageSource);
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException exception) {
        HttpStatus status = switch (exception.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return problem(status, exception.messageKey(), messages.describe(exception, locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception, jakarta.servlet.http.HttpServletRequest request) {
        auditTrail.denied("api.call", request.getMethod() + " " + request.getRequestURI(), "role may not call this");
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", messages.get(locale(), "error.forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        return problem(HttpStatus.BAD_REQUEST, "error.malformed-parameter",
                messages.get(locale(), "error.malformed-parameter", exception.getName()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected error in REST API", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", messages.get(locale(), "error.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(URI.create(TYPE_PREFIX + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(messages.get(locale(), "error.title." + status.value()));
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}

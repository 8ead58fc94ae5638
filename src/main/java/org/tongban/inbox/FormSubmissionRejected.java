package org.tongban.inbox;

import java.util.List;

import org.tongban.base.BusinessException;
import org.tongban.inbox.form.FieldError;

/** Submitted form values broke the form's rules; nothing was saved. Carries one error per offending field. */
public class FormSubmissionRejected extends BusinessException {

    private final transient List<FieldError> fieldErrors;

    public FormSubmissionRejected(List<FieldError> fieldErrors) {
        super(Kind.INVALID, "inbox.error.form-invalid", fieldErrors.size());
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}

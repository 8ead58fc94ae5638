package org.tongban.inbox;

import org.tongban.inbox.form.FormSchema;

/** The form that starts a case of a process. */
public record StartForm(String processKey, String processName, FormSchema form) {
}

package org.tongban.identity.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tongban.base.Messages;
import org.tongban.base.ui.SignedInUserInfo;
import org.tongban.identity.CurrentStaff;

/** Supplies the frame's header with the signed-in user's name, first unit and role. */
@Component
class SignedInUserHeader implements SignedInUserInfo {

    private final CurrentStaff currentStaff;
    private final Messages messages;

    SignedInUserHeader(CurrentStaff currentStaff, Messages messages) {
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @Override
    public Summary current(Locale locale) {
        return currentStaff.find()
                .map(staff -> staff.primaryAssignment()
                        .map(assignment -> new Summary(staff.displayName(), assignment.unitName(), assignment.roleName(locale)))
                        .orElseGet(() -> new Summary(staff.displayName(), "", messages.get(locale, "header.no-role"))))
                .orElseGet(() -> new Summary(messages.get(locale, "header.anonymous"), "", ""));
    }
}

package org.tongban.workaccess;

import org.tongban.base.BusinessException;

/** The gate's refusal: nothing was created, and the attempt was recorded. */
public class DispatchRefused extends BusinessException {

    private final DispatchRefusal reason;

    public DispatchRefused(DispatchRefusal reason, Object... arguments) {
        super(Kind.FORBIDDEN, reason.messageKey(), arguments);
        this.reason = reason;
    }

    public DispatchRefusal reason() {
        return reason;
    }
}

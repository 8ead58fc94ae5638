package org.tongban.identity.internal;

import org.springframework.security.authentication.AccountStatusException;

/** A service account tried the sign-in form: it may use the REST API only. */
public class ServiceAccountSignInRefused extends AccountStatusException {

    private static final long serialVersionUID = 1L;

    public ServiceAccountSignInRefused(String message) {
        super(message);
    }
}

package org.tongban.base.ui;

/**
 * What the header shows of the signed-in user. Implemented by the identity module, so the frame need not know
 * where staff records live.
 */
public interface SignedInUserInfo {

    /** Name, organisation and role of the current user, in the given language. */
    Summary current(java.util.Locale locale);

    /** A one-line description of who is signed in. */
    record Summary(String displayName, String organisation, String role) {
    }
}

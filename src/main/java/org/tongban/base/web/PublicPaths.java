package org.tongban.base.web;

import java.util.List;

/**
 * Paths of a module's pages that anyone may open without signing in (e.g. the certificate verification page a QR
 * code links to). A module declares them as a bean; the security configuration permits every declared path, so the
 * identity module need not know the modules above it.
 *
 * @param patterns path patterns, e.g. {@code /verify}
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }
}

package org.tongban.purchasedservice;

import java.io.Serializable;

/**
 * Which providers to list: {@code text} in the name, or the start of the unit code or credit code; one kind; and
 * blacklisted today ({@code true}), not blacklisted today ({@code false}) or either ({@code null}). Blank or null
 * parts do not filter.
 */
public record ProviderQuery(String text, ProviderKind kind, Boolean blacklisted) implements Serializable {

    public static ProviderQuery all() {
        return new ProviderQuery(null, null, null);
    }
}

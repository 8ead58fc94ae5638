package org.tongban.purchasedservice;

import java.util.Set;

/**
 * A search of the projects the caller may see. Blank or null parts do not restrict.
 *
 * @param text a project number (or its start) or words of the title
 */
public record ProjectQuery(String text, Set<ProjectStatus> statuses) {

    public ProjectQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ProjectQuery all() {
        return new ProjectQuery(null, Set.of());
    }
}

package org.tongban.catalog.internal;

import java.util.List;

import org.tongban.catalog.WorkItemKind;

/**
 * What a revision says, once it passed {@link WorkItemRules}: trimmed, blank texts as null, keywords split. Two
 * revisions that say the same thing have equal contents.
 */
record WorkItemContent(WorkItemKind kind, String nameZh, String nameEn, String departments, String legalBasis,
                       String fundingConditions, String source, List<String> keywords) {

    WorkItemContent {
        keywords = List.copyOf(keywords);
    }
}

package org.tongban.catalog.internal;

import java.util.List;

import org.tongban.catalog.Indicator;

/**
 * What a revision of an evaluation template says, once it passed {@link EvaluationTemplateRules}: trimmed, the source
 * null when blank, the indicators in tree order with their levels and parents, weights without trailing zeros. Two
 * revisions that say the same thing have equal contents.
 */
record EvaluationTemplateContent(String name, String source, List<Indicator> indicators) {

    EvaluationTemplateContent {
        indicators = List.copyOf(indicators);
    }
}

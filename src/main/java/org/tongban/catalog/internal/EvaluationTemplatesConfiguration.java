package org.tongban.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationTemplatesConfiguration {

    @Bean
    CachedEvaluationTemplates evaluationTemplates(EvaluationTemplateRevisions revisions) {
        return new CachedEvaluationTemplates(() -> load(revisions));
    }

    static EvaluationTemplateIndex load(EvaluationTemplateRevisions revisions) {
        return new EvaluationTemplateIndex(revisions.findAll().stream()
                .map(EvaluationTemplateRevision::toTemplate).toList());
    }
}

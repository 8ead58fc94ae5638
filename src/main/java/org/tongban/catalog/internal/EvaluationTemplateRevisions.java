package org.tongban.catalog.internal;

interface EvaluationTemplateRevisions extends ListRevisions<EvaluationTemplateRevision> {
}

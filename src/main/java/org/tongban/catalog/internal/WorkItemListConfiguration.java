package org.tongban.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkItemListConfiguration {

    @Bean
    CachedWorkItemList workItemList(WorkItemRevisions revisions) {
        return new CachedWorkItemList(() -> load(revisions));
    }

    static WorkItemIndex load(WorkItemRevisions revisions) {
        return new WorkItemIndex(revisions.findAll().stream().map(WorkItemRevision::toWorkItem).toList());
    }
}

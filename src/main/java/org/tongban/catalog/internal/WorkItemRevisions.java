package org.tongban.catalog.internal;

interface WorkItemRevisions extends ListRevisions<WorkItemRevision> {
}

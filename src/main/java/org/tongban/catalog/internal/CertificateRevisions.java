package org.tongban.catalog.internal;

interface CertificateRevisions extends ListRevisions<CertificateRevision> {
}

package org.tongban.certificate.internal;

/** An evidence file without its content: what the request page lists. */
record EvidenceListing(Long id, String fileName, String contentType, long sizeBytes) {
}

package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.tongban.purchasedservice.ProviderAdministration.Qualification;

/** A qualification as listed: everything but the scan. */
record ProviderQualificationListing(Long id, Long providerId, String name, String number, String issuer,
                                    LocalDate validUntil, String fileName, String contentType, long sizeBytes,
                                    String addedBy, LocalDateTime addedAt, String removedBy, LocalDateTime removedAt,
                                    String removeReason) {

    Qualification toQualification() {
        return new Qualification(id, name, number, issuer, validUntil, fileName, contentType, sizeBytes, addedBy,
                addedAt, removedBy, removedAt, removeReason);
    }
}

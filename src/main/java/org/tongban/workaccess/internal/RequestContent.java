package org.tongban.workaccess.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.tongban.catalog.WorkItem;
import org.tongban.workaccess.TargetScope;
import org.tongban.workaccess.TransferMethod;

/** A draft that passed every rule: trimmed texts, parsed numbers, the list entry resolved, files typed. */
record RequestContent(String title, String content, String legalBasis, WorkItem workItem, TargetScope scope,
                      List<String> targetCodes, LocalDate startOn, LocalDate endOn, BigDecimal hoursPerCommunity,
                      boolean fundingProvided, BigDecimal fundingAmount, String fundingSource,
                      TransferMethod transferMethod, String workingConditions, boolean existingDataUsable,
                      String dataSharingNote, String contactName, String contactPhone, boolean urgent,
                      String urgentReason, List<CheckedFile> files) {

    /** An upload whose type was sniffed from its bytes. */
    record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
    }
}

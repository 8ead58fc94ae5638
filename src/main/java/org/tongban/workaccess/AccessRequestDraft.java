package org.tongban.workaccess;

import java.time.LocalDate;
import java.util.List;

/**
 * A department's access request as entered. Numbers arrive as text, as typed, so the service can answer "not a
 * number" in Chinese instead of the form or the JSON parser failing on its own.
 *
 * @param workItemCode       the list entry the work falls under (依法履职 / 协助 / 负面清单), or null for work not on the list
 * @param targetCodes        subdistrict codes for {@link TargetScope#SUBDISTRICTS}, community codes for
 *                           {@link TargetScope#COMMUNITIES}, ignored for {@link TargetScope#ALL}
 * @param hoursPerCommunity  expected workload per community, in hours
 * @param fundingProvided    true when the department provides funding and conditions (费随事转); false states plainly
 *                           that it does not — assisting work without funding is then refused
 * @param fundingAmount      yuan, as typed
 * @param existingDataUsable whether data already held elsewhere could serve instead (数据共享)
 * @param urgent             urgent work may start sooner than the usual lead time, with a reason
 */
public record AccessRequestDraft(String title, String content, String legalBasis, String workItemCode,
                                 TargetScope scope, List<String> targetCodes, LocalDate startOn, LocalDate endOn,
                                 String hoursPerCommunity, Boolean fundingProvided, String fundingAmount,
                                 String fundingSource, TransferMethod transferMethod, String workingConditions,
                                 boolean existingDataUsable, String dataSharingNote, String contactName,
                                 String contactPhone, boolean urgent, String urgentReason,
                                 List<Attachment> attachments) {

    public AccessRequestDraft {
        targetCodes = targetCodes == null ? List.of() : List.copyOf(targetCodes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

package org.tongban.onewindow;

import java.util.List;
import java.util.Map;

import org.tongban.catalog.Channel;

/**
 * What the front desk (or the resident online) hands in: the item, who applies, through which channel, and how each
 * required material was provided.
 *
 * @param acceptingUnitCode the community or subdistrict that receives the case: the worker's own unit at the counter,
 *                          the resident's choice online
 * @param agent             the agent for {@link Channel#ON_BEHALF}, otherwise null
 * @param provisions        by material code; materials left out count as {@link Provision#MISSING}
 * @param files             uploads, each for one material
 */
public record Intake(String itemCode, Channel channel, ApplicantKind applicantKind, String applicantName,
                     String applicantIdNumber, String applicantPhone, String applicantAddress, Agent agent,
                     String acceptingUnitCode, Map<String, Provision> provisions, List<UploadedFile> files) {

    public Intake {
        provisions = provisions == null ? Map.of() : Map.copyOf(provisions);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** 代办人 and the authorisation they hold (e.g. 授权委托书). */
    public record Agent(String name, String idNumber, String phone, String authorisation) {
    }

    /** One uploaded file for one material; its type is decided from its content, not its name. */
    public record UploadedFile(String materialCode, String fileName, byte[] content) {
    }
}

package org.tongban.onewindow;

import java.util.List;
import java.util.Map;

import org.tongban.onewindow.Intake.UploadedFile;

/**
 * 网上办 — the resident's own channel, 24 hours, without a staff login. The resident identifies with name, ID number
 * and phone when applying, and afterwards with the case number and the query code printed on the receipt. A wrong
 * number or code gets the same answer as an unknown case, and repeated wrong codes lock the case number for a while.
 */
public interface OnlineApplications {

    /** Submits an application online to the chosen community or subdistrict; the items are those offered online. */
    IntakeReceipt apply(Intake intake);

    /** The case as the resident may see it (identifiers masked). */
    CaseDetail find(String caseNumber, String queryCode);

    /** 补正: uploads the corrected materials for a case waiting for them. */
    void resubmit(String caseNumber, String queryCode, List<UploadedFile> files);

    /** 好差评 online: the ID number must be the applicant's or the recorded agent's; once, never changed. */
    void rate(String caseNumber, String queryCode, String idNumber, RatingLevel level, String comment);

    /** A notice of the case as PDF, e.g. to download the result. */
    byte[] noticePdf(String caseNumber, String queryCode, long noticeId);

    /** Communities and subdistricts that receive applications, code → name, for the resident to choose from. */
    Map<String, String> receivingUnits();
}

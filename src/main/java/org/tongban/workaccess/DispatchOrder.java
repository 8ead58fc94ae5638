package org.tongban.workaccess;

import java.time.LocalDate;
import java.util.List;

/** Work a department sends to communities: the decision it rests on, what to do, by when, and to whom. */
public record DispatchOrder(String decisionNumber, String title, String instructions, LocalDate dueOn,
                            List<String> communityCodes, List<Attachment> attachments) {

    public DispatchOrder {
        communityCodes = communityCodes == null ? List.of() : List.copyOf(communityCodes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

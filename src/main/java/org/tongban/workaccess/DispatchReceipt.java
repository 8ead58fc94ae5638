package org.tongban.workaccess;

import java.util.List;

/** A dispatch that passed the gate: its number and the communities that now have the task. */
public record DispatchReceipt(long id, String dispatchNumber, List<String> communityCodes) {
}

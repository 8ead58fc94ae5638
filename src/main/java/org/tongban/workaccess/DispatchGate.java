package org.tongban.workaccess;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 派单闸门 — the one way work reaches a community inbox. A dispatch must name an admitted decision of the
 * dispatching department that is in force, covers every target community and the due date. Otherwise nothing is
 * created anywhere, the attempt is recorded (who, when, what, why) and {@link DispatchRefused} is thrown.
 */
public interface DispatchGate {

    /** Dispatches as the signed-in department handler, by the given path (screen or API). */
    DispatchReceipt dispatch(DispatchOrder order, DispatchChannel channel);

    /**
     * The gate's verdict alone, without recording or creating anything: empty when a dispatch by {@code departmentCode}
     * to {@code communityCode} due on {@code dueOn} (null: not checked) may go ahead under the decision.
     */
    Optional<DispatchRefusal> check(String decisionNumber, String departmentCode, String communityCode, LocalDate dueOn);
}

package org.tongban.workaccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkingDays;
import org.tongban.testing.SignIn;

/**
 * Valid requests to vary one field at a time, submitted as the demo department handler 刘洋 (民政局); and the open
 * step of a request. Dates are in working days from today, so the lead time always holds.
 */
@Component
public class WorkAccessFixtures {

    public static final String HANDLER = "liuyang";
    public static final String OTHER_HANDLER = "gaojie";
    public static final String REVIEWER = "zhouqiang";
    public static final String COUNTY = "qianyu";
    public static final String COMMUNITY_STAFF = "wangfang";
    public static final String OTHER_COMMUNITY_STAFF = "chenjing";
    /** 组织居民委员会换届选举 — a lawful duty. */
    public static final String DUTY = "WI-D10";
    /** 协助做好兵役登记和征兵宣传 — assisting work. */
    public static final String ASSIST = "WI-A10";
    /** 要求村(社区)作为责任主体开展拆迁拆违…执法工作 — negative list. */
    public static final String NEGATIVE = "WI-N03";

    private final AccessRequests requests;
    private final WorkingDays workingDays;
    private final ProcessEngine engine;
    private final SignIn signIn;
    private final Clock clock;

    WorkAccessFixtures(AccessRequests requests, WorkingDays workingDays, ProcessEngine engine, SignIn signIn,
                       Clock clock) {
        this.requests = requests;
        this.workingDays = workingDays;
        this.engine = engine;
        this.signIn = signIn;
        this.clock = clock;
    }

    public Draft draft(String itemCode) {
        return new Draft(itemCode);
    }

    public SubmittedRequest submit(Draft draft) {
        return signIn.as(HANDLER, () -> requests.submit(draft.build()));
    }

    /** An admitted decision of 民政局 for the communities of 城关街道 (和平社区 CM001, 光明社区 CM002). */
    public SubmittedRequest admitted() {
        return submit(draft(DUTY));
    }

    public AccessRequestDetail detail(long id) {
        return signIn.as(REVIEWER, () -> requests.detail(id));
    }

    public Task task(SubmittedRequest submitted, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(submitted.requestNumber())
                .taskDefinitionKey(step).singleResult();
    }

    public String taskId(SubmittedRequest submitted, String step) {
        Task task = task(submitted, step);
        if (task == null) {
            throw new AssertionError("No open " + step + " for " + submitted.requestNumber());
        }
        return task.getId();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A valid request; each setter changes one field. */
    public final class Draft {
        String title = "2026年度居民委员会换届选举组织工作";
        String content = "按照县委统一部署，组织社区居民委员会换届选举，完成选民登记、候选人提名和投票工作。";
        String legalBasis = "《中华人民共和国城市居民委员会组织法》第八条";
        String itemCode;
        TargetScope scope = TargetScope.SUBDISTRICTS;
        List<String> targets = new ArrayList<>(List.of("SD01"));
        LocalDate startOn = workingDays.plusWorkingDays(LocalDate.now(clock), 31);
        LocalDate endOn = startOn.plusDays(60);
        String hours = "8";
        Boolean funded = true;
        String amount = "5000";
        String source = "县财政专项资金";
        TransferMethod transfer = TransferMethod.TRANSFER_TO_COMMUNITY;
        String conditions = "提供选举工作手册和选票印制";
        boolean dataUsable = false;
        String dataNote;
        String contactName = "刘洋";
        String contactPhone = "13800000007";
        boolean urgent = false;
        String urgentReason;
        List<Attachment> attachments = new ArrayList<>();

        Draft(String itemCode) {
            this.itemCode = itemCode;
        }

        public Draft title(String value) { title = value; return this; }
        public Draft content(String value) { content = value; return this; }
        public Draft scope(TargetScope value, String... codes) { scope = value; targets = List.of(codes); return this; }
        public Draft dates(LocalDate start, LocalDate end) { startOn = start; endOn = end; return this; }
        public Draft hours(String value) { hours = value; return this; }
        public Draft unfunded() { funded = false; amount = null; source = null; transfer = null; return this; }
        public Draft fundingUnanswered() { funded = null; return this; }
        public Draft amount(String value) { amount = value; return this; }
        public Draft urgent(String reason) { urgent = true; urgentReason = reason; return this; }
        public Draft contactPhone(String value) { contactPhone = value; return this; }
        public Draft attach(String name, byte[] content) { attachments.add(new Attachment(name, content)); return this; }

        public AccessRequestDraft build() {
            return new AccessRequestDraft(title, content, legalBasis, itemCode, scope, targets, startOn, endOn, hours,
                    funded, amount, source, transfer, conditions, dataUsable, dataNote, contactName, contactPhone,
                    urgent, urgentReason, attachments);
        }
    }
}

package org.tongban.onewindow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;
import org.tongban.testing.SignIn;

/** Builds intakes from the seeded catalogue and finds a case's open tasks, for the one-window tests. */
@Component
public class OneWindowFixtures {

    /** 最低生活保障申请: 民政局, two-level review. */
    public static final String DIBAO = "SI-004";
    public static final String APPLICANT_ID = "11010519491231002X";
    public static final String AGENT_ID = "110101199003074477";
    public static final String FRONT_DESK = "wangfang";

    private final ServiceCatalogue catalogue;
    private final OneWindowCases cases;
    private final TaskService taskService;
    private final SignIn signIn;

    OneWindowFixtures(ServiceCatalogue catalogue, OneWindowCases cases, TaskService taskService, SignIn signIn) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.taskService = taskService;
        this.signIn = signIn;
    }

    /** Every material of the item marked as seen in original, or the first mandatory one left out. */
    public Intake intake(String itemCode, boolean complete) {
        ServiceItem item = catalogue.find(itemCode).orElseThrow();
        Map<String, Provision> provisions = new LinkedHashMap<>();
        boolean leftOut = false;
        for (ServiceItem.Material material : item.materials()) {
            if (!complete && !leftOut && material.mandatory()) {
                leftOut = true;
                continue;
            }
            provisions.put(material.code(), Provision.ORIGINAL_SEEN);
        }
        return new Intake(itemCode, Channel.COUNTER, ApplicantKind.PERSON, "张三", APPLICANT_ID, "13900000001",
                "云溪县城关街道和平路 1 号", null, "CM001", provisions, List.of());
    }

    public IntakeReceipt receive(Intake intake) {
        return signIn.as(FRONT_DESK, () -> cases.intake(intake));
    }

    /** The one open task of the case with the given step id. */
    public Task task(IntakeReceipt receipt, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(receipt.caseNumber())
                .taskDefinitionKey(step).singleResult();
    }

    public String taskId(IntakeReceipt receipt, String step) {
        Task task = task(receipt, step);
        if (task == null) {
            throw new AssertionError("No open task " + step + " for " + receipt.caseNumber());
        }
        return task.getId();
    }

    /** Accepted and dispatched: the case waits at 部门办理. */
    public IntakeReceipt acceptedCase(String itemCode) {
        IntakeReceipt receipt = receive(intake(itemCode, true));
        signIn.as(FRONT_DESK, () -> cases.accept(taskId(receipt, "Task_ReviewAcceptance"), "材料齐全"));
        return receipt;
    }
}

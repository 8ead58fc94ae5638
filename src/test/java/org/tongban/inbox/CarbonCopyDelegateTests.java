package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.testing.TongbanTest;

/** 抄送 as the very first step of a case, before anything of it is in the history tables. */
@TongbanTest
@Tag("db")
class CarbonCopyDelegateTests {

    static final String PROCESS = "TestCopyFirst";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCopyBeforeTheFirstWaitStateCarriesTheCaseNumberAndTitle() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("测试：先抄送")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("ServiceTask_Copy").camundaDelegateExpression("${carbonCopy}")
                .camundaInputParameter("recipients", "community:CM001:director,user:wangfang")
                .camundaInputParameter("note", "测试抄送")
                // The wait is a department's task: one offered to a community would need an access decision.
                .userTask("Task_Wait").camundaCandidateGroups("department:DP-MZ:dept-reviewer")
                .endEvent()
                .done();
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();

        String businessKey = "TEST-" + System.nanoTime();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS, businessKey,
                Map.of("caseTitle", "先抄送的办件", "initiator", "lina")).getId();

        var copies = jdbc.queryForList("SELECT recipient, business_key, case_title, process_name, note FROM inbox_carbon_copy "
                + "WHERE process_instance_id = ? ORDER BY recipient", instanceId);
        assertThat(copies).extracting(row -> row.get("recipient")).containsExactly("wangfang", "zhangwei");
        assertThat(copies).allSatisfy(row -> {
            assertThat(row.get("business_key")).isEqualTo(businessKey);
            assertThat(row.get("case_title")).isEqualTo("先抄送的办件");
            assertThat(row.get("process_name")).isEqualTo("测试：先抄送");
            assertThat(row.get("note")).isEqualTo("测试抄送");
        });
    }
}

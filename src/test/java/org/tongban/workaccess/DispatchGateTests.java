package org.tongban.workaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * The dispatch gate: the admitted path puts a task in each target community's inbox; every refusal reason, by the
 * service, the REST API and a process model, creates no task anywhere and is recorded.
 */
@TongbanTest
@Tag("db")
class DispatchGateTests {

    private static final String PASSWORD = "tongban2026";

    @Autowired
    DispatchGate gate;
    @Autowired
    AccessRequests requests;
    @Autowired
    CommunityWork work;
    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private DispatchOrder order(String decision, String... communities) {
        return new DispatchOrder(decision, "换届选举选民登记", "请于期限内完成本社区选民登记并报送汇总表。",
                fixtures.today().plusDays(20), List.of(communities), List.of());
    }

    private long communityTasks() {
        return engine.getTaskService().createTaskQuery().taskCandidateGroupIn(
                List.of("community:CM001", "community:CM002", "community:CM003", "community:CM004")).count();
    }

    private long refusals(DispatchRefusal reason) {
        return jdbc.queryForObject("select count(*) from wa_refused_dispatch where reason = ?", Long.class,
                reason.name());
    }

    private void assertRefused(String user, DispatchOrder order, DispatchRefusal reason) {
        long tasks = communityTasks();
        long recorded = refusals(reason);
        long dispatches = jdbc.queryForObject("select count(*) from wa_dispatch", Long.class);
        assertThatThrownBy(() -> signIn.as(user, () -> gate.dispatch(order, DispatchChannel.SCREEN)))
                .isInstanceOfSatisfying(DispatchRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
        assertThat(communityTasks()).isEqualTo(tasks);
        assertThat(jdbc.queryForObject("select count(*) from wa_dispatch", Long.class)).isEqualTo(dispatches);
        assertThat(refusals(reason)).isEqualTo(recorded + 1);
    }

    @Test
    void anAdmittedDispatchPutsATaskInEachTargetCommunityInbox() {
        SubmittedRequest decision = fixtures.admitted();
        DispatchReceipt receipt = signIn.as(WorkAccessFixtures.HANDLER, () -> gate.dispatch(
                new DispatchOrder(decision.decisionNumber(), "换届选举选民登记", "请完成选民登记。",
                        fixtures.today().plusDays(20), List.of("CM001"),
                        List.of(new Attachment("登记表.pdf", "%PDF-1.4 登记表".getBytes()))), DispatchChannel.SCREEN));
        assertThat(receipt.dispatchNumber()).matches("PD-YX-\\d{8}-\\d{4}");

        String taskId = signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> inbox.tasks(
                        TaskFilter.all().withText(receipt.dispatchNumber()),
                        TaskSort.newestFirst(), 0, 10)).stream().findFirst().orElseThrow().id();
        CommunityWork.DispatchedWork opened = signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> work.open(taskId));
        assertThat(opened.decisionNumber()).isEqualTo(decision.decisionNumber());
        assertThat(opened.files()).extracting(file -> file.fileName()).containsExactly("登记表.pdf");
        // 光明社区 was not a target: nothing in its inbox, and it cannot open 和平社区's task.
        assertThat(signIn.as(WorkAccessFixtures.OTHER_COMMUNITY_STAFF, () -> inbox.tasks(
                TaskFilter.all().withText(receipt.dispatchNumber()),
                TaskSort.newestFirst(), 0, 10))).isEmpty();
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.OTHER_COMMUNITY_STAFF, () -> work.open(taskId)))
                .isInstanceOf(org.tongban.base.BusinessException.class);

        signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, () -> work.complete(taskId, "已完成登记 1,203 人"));
        List<CommunityWork.DispatchSummary> dispatches = signIn.as(WorkAccessFixtures.HANDLER,
                () -> work.dispatchesOf(decision.id()));
        assertThat(dispatches).singleElement().satisfies(summary -> assertThat(summary.targets()).singleElement()
                .satisfies(target -> assertThat(target.feedback()).isEqualTo("已完成登记 1,203 人")));
    }

    @Test
    void noDecisionIsRefused() {
        assertRefused(WorkAccessFixtures.HANDLER, order(null, "CM001"), DispatchRefusal.NO_DECISION);
        assertRefused(WorkAccessFixtures.HANDLER, order("ZR-YX-1999-9999", "CM001"), DispatchRefusal.NO_DECISION);
    }

    @Test
    void aRefusedRequestIsRefused() {
        SubmittedRequest refused = fixtures.submit(fixtures.draft(WorkAccessFixtures.NEGATIVE));
        assertRefused(WorkAccessFixtures.HANDLER, order(refused.requestNumber(), "CM001"), DispatchRefusal.NOT_ADMITTED);
    }

    @Test
    void aRevokedDecisionIsRefused() {
        SubmittedRequest decision = fixtures.admitted();
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.revoke(decision.id(), "事项取消"));
        assertRefused(WorkAccessFixtures.HANDLER, order(decision.decisionNumber(), "CM001"), DispatchRefusal.REVOKED);
    }

    @Test
    void anExpiredDecisionIsRefused() {
        SubmittedRequest decision = fixtures.admitted();
        // The work's end date has passed (time moved on): set as the clock would have it.
        jdbc.update("update wa_request set start_on = ?, end_on = ? where id = ?",
                fixtures.today().minusDays(30), fixtures.today().minusDays(1), decision.id());
        assertRefused(WorkAccessFixtures.HANDLER, order(decision.decisionNumber(), "CM001"), DispatchRefusal.EXPIRED);
    }

    @Test
    void aCommunityOutsideTheScopeOrADueDateAfterTheEndIsRefused() {
        SubmittedRequest decision = fixtures.admitted();
        // 湖滨社区 belongs to 东湖街道, outside the decision's 城关街道: refused, and 和平社区 gets nothing either.
        assertRefused(WorkAccessFixtures.HANDLER, order(decision.decisionNumber(), "CM001", "CM003"),
                DispatchRefusal.OUT_OF_SCOPE);
        AccessRequestDetail detail = fixtures.detail(decision.id());
        assertRefused(WorkAccessFixtures.HANDLER, new DispatchOrder(decision.decisionNumber(), "迟交", "超期",
                detail.endOn().plusDays(1), List.of("CM001"), List.of()), DispatchRefusal.OUT_OF_SCOPE);
    }

    @Test
    void anotherDepartmentCannotDispatchUnderTheDecision() {
        SubmittedRequest decision = fixtures.admitted();
        assertRefused(WorkAccessFixtures.OTHER_HANDLER, order(decision.decisionNumber(), "CM001"),
                DispatchRefusal.NOT_OWNER);
        // Staff who are no department's handler are refused as well, and recorded.
        assertRefused(WorkAccessFixtures.COMMUNITY_STAFF, order(decision.decisionNumber(), "CM001"),
                DispatchRefusal.NOT_OWNER);
    }

    @Test
    void theRestApiUsesTheSameGate() throws Exception {
        SubmittedRequest decision = fixtures.admitted();
        long tasks = communityTasks();
        mvc.perform(post("/api/v1/workaccess/dispatches").with(httpBasic(WorkAccessFixtures.HANDLER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "decisionNumber", decision.decisionNumber(), "title", "选民登记",
                                "instructions", "请完成登记", "dueOn", fixtures.today().plusDays(10).toString(),
                                "communityCodes", List.of("CM001", "CM002")))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.communityCodes.length()").value(2));
        assertThat(communityTasks()).isEqualTo(tasks + 2);

        for (Object[] refusal : new Object[][]{
                {WorkAccessFixtures.HANDLER, "ZR-YX-1999-0000", "CM001", DispatchRefusal.NO_DECISION},
                {WorkAccessFixtures.HANDLER, decision.decisionNumber(), "CM004", DispatchRefusal.OUT_OF_SCOPE},
                {WorkAccessFixtures.OTHER_HANDLER, decision.decisionNumber(), "CM001", DispatchRefusal.NOT_OWNER}}) {
            long recorded = refusals((DispatchRefusal) refusal[3]);
            mvc.perform(post("/api/v1/workaccess/dispatches").with(httpBasic((String) refusal[0], PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                    "decisionNumber", refusal[1], "title", "选民登记", "instructions", "请完成登记",
                                    "dueOn", fixtures.today().plusDays(10).toString(),
                                    "communityCodes", List.of(refusal[2])))))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:tongban:problem:workaccess.refusal." + refusal[3]))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("派单被拒绝")));
            assertThat(refusals((DispatchRefusal) refusal[3])).isEqualTo(recorded + 1);
        }
        assertThat(communityTasks()).isEqualTo(tasks + 2);
        assertThat(jdbc.queryForObject("select count(*) from wa_refused_dispatch where channel = 'API'", Long.class))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aProcessModelCannotCreateCommunityTasksWithoutAValidDecision() {
        SubmittedRequest decision = fixtures.admitted();
        BpmnModelInstance model = Bpmn.createExecutableProcess("GateProbe").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Community").camundaCandidateGroups("community:${community}")
                .endEvent().done();
        Deployment deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("GateProbe.bpmn", model).deploy();
        try {
            long tasks = communityTasks();
            long recorded = refusals(DispatchRefusal.NO_DECISION);
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("GateProbe",
                    Map.of("community", "CM001"))).hasRootCauseInstanceOf(DispatchRefused.class);
            assertThat(refusals(DispatchRefusal.NO_DECISION)).isEqualTo(recorded + 1);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("GateProbe")
                    .count()).isZero();

            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("GateProbe", Map.of(
                    "community", "CM003", "workAccessDecision", decision.decisionNumber(),
                    "dispatchingDepartment", "DP-MZ"))).hasRootCauseInstanceOf(DispatchRefused.class);
            assertThat(communityTasks()).isEqualTo(tasks);

            engine.getRuntimeService().startProcessInstanceByKey("GateProbe", Map.of("community", "CM001",
                    "workAccessDecision", decision.decisionNumber(), "dispatchingDepartment", "DP-MZ"));
            assertThat(communityTasks()).isEqualTo(tasks + 1);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    /** The process extension property a modeller sets in the Modeler's "Extension properties". */
    private static void declareBasis(BpmnModelInstance model, String processId, String basis) {
        org.camunda.bpm.model.bpmn.instance.Process process = model.getModelElementById(processId);
        org.camunda.bpm.model.bpmn.instance.ExtensionElements extensions =
                model.newInstance(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class);
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties properties =
                model.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class);
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty property =
                model.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class);
        property.setCamundaName("communityWorkBasis");
        property.setCamundaValue(basis);
        properties.addChildElement(property);
        extensions.addChildElement(properties);
        process.setExtensionElements(extensions);
    }

    @Test
    void aProcessDeclaringANegativeOrUnknownListEntryCannotCreateCommunityTasks() {
        for (String basis : List.of("listed:WI-N03", "listed:WI-X99", "whatever")) {
            BpmnModelInstance model = Bpmn.createExecutableProcess("GateProbeListed").camundaHistoryTimeToLive(1)
                    .startEvent().userTask("Task_Community").camundaCandidateGroups("community:CM002:director")
                    .endEvent().done();
            declareBasis(model, "GateProbeListed", basis);
            Deployment deployment = engine.getRepositoryService().createDeployment()
                    .addModelInstance("GateProbeListed.bpmn", model).deploy();
            try {
                long recorded = refusals(DispatchRefusal.NOT_LISTED);
                assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("GateProbeListed"))
                        .hasRootCauseInstanceOf(DispatchRefused.class);
                assertThat(refusals(DispatchRefusal.NOT_LISTED)).isEqualTo(recorded + 1);
            } finally {
                engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
            }
        }
    }
}

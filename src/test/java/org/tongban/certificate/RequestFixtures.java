package org.tongban.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.testing.SignIn;

/** Requests for the seeded lists, and the steps that move them, for the certificate tests. */
@Component
public class RequestFixtures {

    /** 居(租)住证明: on the list, home visit, 90 days. */
    public static final String RESIDENCE = "CE-031";
    /** 志愿服务证明: on the list, no home visit, no fixed term. */
    public static final String VOLUNTEER = "CE-037";
    /** 居民养犬证明: refused, nothing replaces it. */
    public static final String DOG = "CE-004";
    /** 婚姻状况证明: refused, replaced by a written commitment. */
    public static final String MARITAL = "CE-008";
    /** 无犯罪记录证明: refused, replaced by data sharing. */
    public static final String NO_CRIMINAL_RECORD = "CE-005";

    public static final String FRONT_DESK = "wangfang";
    public static final String DIRECTOR = "zhangwei";
    public static final String OTHER_FRONT_DESK = "chenjing";
    public static final String OTHER_DIRECTOR = "zhaomin";
    public static final String SUBDISTRICT_STAFF = "huanglei";
    public static final String CIVIL_REVIEWER = "zhouqiang";
    public static final String COMMUNITY = "CM001";

    public static final String APPLICANT_ID = "330102198503121236";
    public static final String AGENT_ID = "330106199207284567";

    private final CertificateRequests requests;
    private final TaskService taskService;
    private final SignIn signIn;
    private final Clock clock;

    RequestFixtures(CertificateRequests requests, TaskService taskService, SignIn signIn, Clock clock) {
        this.requests = requests;
        this.taskService = taskService;
        this.signIn = signIn;
        this.clock = clock;
    }

    public Draft draft(String certificateCode) {
        return new Draft(certificateCode);
    }

    public SubmittedRequest submit(Draft draft) {
        return signIn.as(FRONT_DESK, () -> requests.submit(draft.application()));
    }

    public RequestDetail detail(long requestId) {
        return signIn.as(FRONT_DESK, () -> requests.open(requestId));
    }

    public Task task(String businessKey, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(step)
                .singleResult();
    }

    public String taskId(String businessKey, String step) {
        Task task = task(businessKey, step);
        if (task == null) {
            throw new AssertionError("No open task " + step + " for " + businessKey);
        }
        return task.getId();
    }

    /** Checked and confirmed (with a home visit where the entry asks for one): waiting for the director. */
    public SubmittedRequest checked(String certificateCode) {
        SubmittedRequest submitted = submit(draft(certificateCode));
        signIn.as(FRONT_DESK, () -> requests.factCheck(taskId(submitted.requestNumber(), "Task_FactCheck"),
                new FactCheck(true, true, findingsFor(certificateCode))));
        return submitted;
    }

    /** Approved: the certificate is issued and waits to be delivered. */
    public SubmittedRequest issued(String certificateCode) {
        SubmittedRequest submitted = checked(certificateCode);
        signIn.as(DIRECTOR, () -> requests.approve(taskId(submitted.requestNumber(), "Task_Approve"), true, "同意出具"));
        return submitted;
    }

    public static String findingsFor(String certificateCode) {
        return RESIDENCE.equals(certificateCode) ? "自2023年3月起居住于幸福路18号院3号楼2单元501室至今"
                : "2026年参加社区敬老助老志愿服务12次，累计服务时长36小时";
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A request as the counter enters it; change what a test is about. */
    public static final class Draft {
        String certificateCode;
        String requestedName;
        String purpose = "办理子女入学";
        String demandedBy = "云溪县实验小学";
        String details;
        String applicantName = "张三";
        String applicantId = APPLICANT_ID;
        String applicantPhone = "13900000001";
        CertificateApplication.Agent agent;
        String community = COMMUNITY;
        List<CertificateApplication.Evidence> evidence = List.of();

        Draft(String certificateCode) {
            this.certificateCode = certificateCode;
        }

        public Draft unlisted(String name) {
            this.certificateCode = null;
            this.requestedName = name;
            return this;
        }

        public Draft purpose(String value) {
            this.purpose = value;
            return this;
        }

        public Draft demandedBy(String value) {
            this.demandedBy = value;
            return this;
        }

        public Draft applicant(String name, String id, String phone) {
            this.applicantName = name;
            this.applicantId = id;
            this.applicantPhone = phone;
            return this;
        }

        public Draft agent(CertificateApplication.Agent value) {
            this.agent = value;
            return this;
        }

        public Draft community(String value) {
            this.community = value;
            return this;
        }

        public Draft evidence(List<CertificateApplication.Evidence> value) {
            this.evidence = value;
            return this;
        }

        public CertificateApplication application() {
            return new CertificateApplication(certificateCode, requestedName, purpose, demandedBy, details,
                    applicantName, applicantId, applicantPhone, agent, community, evidence);
        }
    }
}

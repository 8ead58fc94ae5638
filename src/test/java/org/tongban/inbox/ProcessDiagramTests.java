package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.BusinessException;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.OneWindowFixtures;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The case diagram is drawn from the BPMN's DI with the open step marked, for those who may see the case. */
@TongbanTest
@Tag("db")
class ProcessDiagramTests {

    @Autowired
    Cases cases;
    @Autowired
    OneWindowCases oneWindow;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void marksTheOpenStepAndRefusesStrangers() throws java.io.IOException {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        String processInstanceId = signIn.as("wangfang", () -> oneWindow.open(receipt.caseId())).processInstanceId();

        String svg = signIn.as("liuyang", () -> cases.diagram(processInstanceId));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "case-diagram.svg"), svg);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains(">受理审查<", ">部门办理<");
        assertThat(svg).as("the open step in orange")
                .containsPattern("data-element=\"Task_Handle\"[^>]*stroke=\"#f59e0b\"");
        assertThat(svg).as("the review done, in green")
                .containsPattern("data-element=\"Task_ReviewAcceptance\"[^>]*stroke=\"#16a34a\"");
        assertThatThrownBy(() -> signIn.as("gaojie", () -> cases.diagram(processInstanceId)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
    }
}

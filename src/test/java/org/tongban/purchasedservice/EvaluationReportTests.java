package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.BusinessException;
import org.tongban.testing.PdfText;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The evaluation report as a reader's PDF viewer shows it, and who may print it. */
@TongbanTest
@Tag("db")
class EvaluationReportTests {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    PerformanceEvaluations evaluations;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theReportNamesTheProjectTheIndicatorsTheGradeAndItsConsequence() {
        ProjectReceipt receipt = fixtures.graded(fixtures.draft(fixtures.line("1000000")), 0.5);

        String text = PdfText.compact("evaluation-" + receipt.projectNumber() + ".pdf",
                signIn.as(ProjectFixtures.MANAGER, () -> evaluations.report(receipt.id())));

        assertThat(text).contains("政府购买服务项目绩效评价报告", receipt.projectNumber(), "云溪县阳光社会工作服务中心",
                "ET-01", "满意度", "等级为“差”", "尾款不予支付");
        assertThat(signIn.as(ProjectFixtures.PROVIDER_A, () -> evaluations.report(receipt.id()))).isNotEmpty();
        assertThatThrownBy(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> evaluations.report(receipt.id())))
                .isInstanceOf(BusinessException.class);
    }
}

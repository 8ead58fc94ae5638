package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tongban.base.Messages;
import org.tongban.base.pdf.Notice;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.Indicator;
import org.tongban.purchasedservice.PerformanceEvaluations.EvaluationDetail;

/**
 * 绩效评价报告 as a PDF in Chinese: the project and contract, the evaluators, every indicator with its weight and the
 * average points, the total, the grade and what it means for the final payment, and the provider's objection.
 */
@Component
class EvaluationReport {

    private final NoticePrinter printer;
    private final Messages messages;

    EvaluationReport(NoticePrinter printer, Messages messages) {
        this.printer = printer;
        this.messages = messages;
    }

    byte[] print(ServiceProject project, Contract contract, EvaluationTemplate template, EvaluationDetail detail) {
        List<Notice.Block> blocks = new ArrayList<>();
        blocks.add(new Notice.Fields(List.of(
                new Notice.Field("项目编号", project.projectNumber()),
                new Notice.Field("项目名称", project.title()),
                new Notice.Field("采购单位", project.departmentName()),
                new Notice.Field("承接主体", contract.providerName()),
                new Notice.Field("合同编号", contract.contractNumber()),
                new Notice.Field("合同金额", yuan(contract.effectiveAmount())),
                new Notice.Field("服务期", contract.startOn() + " 至 " + contract.effectiveEndOn()),
                new Notice.Field("指标体系", template.code() + " " + template.name() + "（第 " + template.revision()
                        + " 版）"),
                new Notice.Field("评价人", String.join("、", detail.evaluators().stream()
                        .map(evaluator -> evaluator.name() + (evaluator.total() == null ? ""
                                : "（" + evaluator.total().toPlainString() + " 分）")).toList())))));
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : template.indicators()) {
            BigDecimal average = detail.averages().get(indicator.code());
            String indent = "　".repeat(indicator.level() - 1);
            rows.add(List.of(indicator.code(), indent + indicator.name(), indicator.weight().toPlainString(),
                    indicator.scored() && average != null ? average.toPlainString() : ""));
        }
        blocks.add(new Notice.Table(List.of("编号", "指标", "分值", "平均得分"), rows));
        String grade = messages.get(Locale.SIMPLIFIED_CHINESE, detail.grade().messageKey());
        blocks.add(new Notice.Paragraph("评价总分 " + detail.score().toPlainString() + " 分，等级为“" + grade
                + "”（" + detail.gradeRule() + "）。按评价等级，最后一期款项支付 " + detail.finalPaymentShare() + "%"
                + (detail.finalPaymentShare() == 0 ? "，尾款不予支付。" : "。")));
        if (detail.providerObjection() != null) {
            blocks.add(new Notice.Paragraph("承接主体异议：" + detail.providerObjection()));
            blocks.add(new Notice.Paragraph("答复（" + (Boolean.TRUE.equals(detail.objectionUpheld()) ? "异议成立，已按复核结果重新定级"
                    : "异议不成立") + "）：" + detail.objectionAnswer()));
        }
        detail.evaluators().stream().filter(evaluator -> evaluator.comment() != null)
                .forEach(evaluator -> blocks.add(new Notice.Paragraph(evaluator.name() + "：" + evaluator.comment())));
        return printer.print(new Notice("政府购买服务项目绩效评价报告", project.projectNumber(),
                project.departmentName() + "、" + contract.providerName() + "：", blocks, project.departmentName(),
                detail.gradedAt().toLocalDate()));
    }

    private static String yuan(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " 元";
    }
}

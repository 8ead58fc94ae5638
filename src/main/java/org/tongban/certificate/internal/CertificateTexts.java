package org.tongban.certificate.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.base.pdf.Notice;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.RefusalStage;

/**
 * The printed texts: the certificate in its standard format, and the notice of refusal or replacement (不予出具告知书)
 * that tells the resident why and where to go instead. Chinese only: these are official documents.
 */
@Component
class CertificateTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String BASIS = "《关于改进和规范基层群众性自治组织出具证明工作的指导意见》(民发〔2020〕20号)";

    /** The placeholders of a certificate template, as in {@link org.tongban.catalog.CertificateType#template()}. */
    static Map<String, String> placeholders(String holder, String idNumber, String community, String purpose,
                                            String findings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{持证人}", holder);
        values.put("{公民身份号码}", idNumber);
        values.put("{社区}", community);
        values.put("{用途}", purpose);
        values.put("{核实情况}", stripFullStop(findings));
        return values;
    }

    /** The template with its placeholders filled; an unknown placeholder stays visible rather than vanishing. */
    static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue() == null ? "" : value.getValue());
        }
        return text;
    }

    /** Findings end a clause in most templates: a final 。 would double up. */
    private static String stripFullStop(String findings) {
        if (findings == null) {
            return "";
        }
        String text = findings.strip();
        while (text.endsWith("。") || text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** The certificate as the resident holds it; the seal and QR code are added when it is printed. */
    Notice certificate(String title, String number, String demandedBy, String statement, LocalDate validUntil,
                       String issuer, LocalDate issuedOn) {
        List<Notice.Block> blocks = new ArrayList<>();
        blocks.add(new Notice.Paragraph(statement));
        blocks.add(new Notice.Paragraph(validUntil == null ? "本证明长期有效。"
                : "本证明有效期至" + DATE.format(validUntil) + "。"));
        blocks.add(new Notice.Paragraph("特此证明。"));
        return new Notice(shortTitle(title), number, demandedBy == null ? null : demandedBy + "：", blocks, issuer,
                issuedOn);
    }

    /**
     * The name without the explanation in brackets at its end: 与死亡人员关系证明(参保人…) → 与死亡人员关系证明; brackets
     * inside a name stay: 居(租)住证明.
     */
    static String shortTitle(String name) {
        if (!name.endsWith(")") && !name.endsWith("）")) {
            return name;
        }
        int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
        return open >= 4 ? name.substring(0, open) : name;
    }

    /** 不予出具告知书 — for a refusal at intake, after the fact check or by the director, and for a replacement. */
    Notice refusal(CertificateRequest request, String issuer) {
        List<Notice.Block> blocks = new ArrayList<>();
        String asked = "您于" + DATE.format(request.receivedAt().toLocalDate()) + "申请出具《" + request.certificateName()
                + "》" + (request.purpose() == null ? "" : "（用途：" + request.purpose() + "）") + "。";
        RefusalStage stage = request.refusedStage();
        if (stage == RefusalStage.FACT_CHECK) {
            blocks.add(new Notice.Paragraph(asked + "经本社区核实，申请证明的事项与实际情况不符或无法核实，本社区不予出具。"));
            blocks.add(new Notice.Paragraph("核实情况：" + request.refusalReason()));
        } else if (stage == RefusalStage.APPROVAL) {
            blocks.add(new Notice.Paragraph(asked + "经本社区负责人审核，本社区不予出具。"));
            blocks.add(new Notice.Paragraph("理由：" + request.refusalReason()));
        } else if (request.certificateCode() == null) {
            blocks.add(new Notice.Paragraph(asked + "该证明不在本县村(社区)证明事项清单内，缺乏法律法规或国务院决定等依据。根据"
                    + BASIS + "，村(社区)不予出具，任何单位不得要求村(社区)出具。"));
        } else {
            blocks.add(new Notice.Paragraph(asked + "该证明已列入不应由村(社区)出具的证明事项清单，根据" + BASIS
                    + "，本社区不予出具。"));
            blocks.add(new Notice.Paragraph("理由：" + request.refusalReason()));
        }
        if (request.replacement() == CertificateReplacement.COMMITMENT) {
            blocks.add(new Notice.Paragraph("替代方式（告知承诺）：您可以向要求提供证明的单位作出书面承诺，代替该证明。"
                    + "承诺内容不实的，依法承担相应责任。"));
        } else if (request.replacement() == CertificateReplacement.DATA_SHARING) {
            blocks.add(new Notice.Paragraph("替代方式（数据共享）：要求提供证明的单位可以通过部门间数据共享或者向有关部门核查"
                    + "获取相关信息，不应再要求您提供该证明。"));
        }
        if (request.referTo() != null && !request.referTo().isBlank()) {
            blocks.add(new Notice.Paragraph((request.certificateCode() == null ? "核实方式：" : "可以出具或者核实的部门：")
                    + request.referTo()));
        }
        // The lists refused it: a body that still demands it from the community demands what it may not.
        if (stage == RefusalStage.INTAKE && request.demandedBy() != null) {
            blocks.add(new Notice.Paragraph("要求您提供该证明的单位：" + request.demandedBy()
                    + "。如该单位仍要求您提供本社区出具的证明，您可以向县民政局反映。"));
        }
        return new Notice(request.status() == CertificateRequestStatus.REPLACED ? "证明事项替代告知书" : "不予出具证明告知书",
                request.requestNumber(), request.applicantName() + "：", blocks, issuer,
                request.refusedAt() == null ? null : request.refusedAt().toLocalDate());
    }

    /** The committee's name for a community: 和平社区 → 和平社区居民委员会, 桃源村 → 桃源村村民委员会. */
    static String committee(String communityName) {
        if (communityName.endsWith("委员会")) {
            return communityName;
        }
        return communityName + (communityName.endsWith("村") ? "村民委员会" : "居民委员会");
    }
}

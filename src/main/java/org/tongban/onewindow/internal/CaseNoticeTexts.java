package org.tongban.onewindow.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.base.Messages;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.base.pdf.Notice;
import org.tongban.base.pdf.Notice.Block;
import org.tongban.base.pdf.Notice.Field;
import org.tongban.base.pdf.Notice.Fields;
import org.tongban.base.pdf.Notice.Paragraph;
import org.tongban.base.pdf.Notice.Table;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;

/**
 * The wording of the four notices, always in Chinese (they are official documents): receipt, one-time correction
 * notice, decline decision and result notice. The sentences are in the onewindow message bundle.
 */
@Component
class CaseNoticeTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Messages messages;
    private final Directory directory;
    private final OneWindowSettings settings;

    CaseNoticeTexts(Messages messages, Directory directory, OneWindowSettings settings) {
        this.messages = messages;
        this.directory = directory;
        this.settings = settings;
    }

    Notice notice(ServiceCase c, CaseNotice notice) {
        String received = DATE.format(c.receivedAt());
        List<Block> blocks = new ArrayList<>();
        String issuer = c.acceptingUnitName();
        switch (notice.kind()) {
            case RECEIPT -> {
                blocks.add(new Paragraph(c.deemedAccepted()
                        ? text("onewindow.pdf.receipt.deemed", received, c.itemName(), settings.acceptanceReviewDays())
                        : text("onewindow.pdf.receipt.body", received, c.itemName())));
                blocks.add(new Paragraph(text("onewindow.pdf.receipt.limit", c.promisedDays(),
                        c.dueOn() == null ? "" : DATE.format(c.dueOn()))));
                blocks.add(new Fields(List.of(
                        field("onewindow.pdf.case-number", c.caseNumber()),
                        field("onewindow.pdf.query-code", c.queryCode()),
                        field("onewindow.pdf.item", c.itemName()),
                        field("onewindow.pdf.applicant", c.applicantName()),
                        field("onewindow.pdf.id-number", ResidentIdentifiers.maskIdNumber(c.applicantIdNumber())),
                        field("onewindow.pdf.accepted-on", c.acceptedOn() == null ? "" : DATE.format(c.acceptedOn())),
                        field("onewindow.pdf.due-on", c.dueOn() == null ? "" : DATE.format(c.dueOn())),
                        field("onewindow.pdf.first-contact", firstContact(c)))));
                blocks.add(new Paragraph(text("onewindow.pdf.receipt.query")));
            }
            case CORRECTION -> {
                blocks.add(new Paragraph(text("onewindow.pdf.correction.body", received, c.itemName())));
                List<List<String>> rows = new ArrayList<>();
                List<String> items = notice.items();
                for (int i = 0; i < items.size(); i++) {
                    rows.add(List.of(String.valueOf(i + 1), items.get(i)));
                }
                blocks.add(new Table(List.of(text("onewindow.pdf.number"), text("onewindow.pdf.correction.item")), rows));
                if (notice.reason() != null) {
                    blocks.add(new Paragraph(text("onewindow.pdf.correction.again", notice.reason())));
                }
                blocks.add(new Paragraph(text("onewindow.pdf.correction.next", c.acceptingUnitName(),
                        settings.correctionWaitDays())));
            }
            case DECLINE -> {
                blocks.add(new Paragraph(text("onewindow.pdf.decline.body", received, c.itemName(), notice.reason())));
                if (notice.referTo() != null) {
                    blocks.add(new Paragraph(text("onewindow.pdf.decline.refer", notice.referTo())));
                }
                blocks.add(new Paragraph(text("onewindow.pdf.remedy")));
            }
            case RESULT -> {
                String department = c.departmentCode() == null ? "" : directory.findUnit(c.departmentCode())
                        .map(OrgUnitSummary::name).orElse(c.departmentCode());
                boolean approved = "APPROVED".equals(c.decision());
                blocks.add(new Paragraph(approved
                        ? text("onewindow.pdf.result.approved", received, c.itemName(), c.caseNumber(), department)
                        : text("onewindow.pdf.result.rejected", received, c.itemName(), c.caseNumber(), department,
                        notice.reason() == null ? "" : notice.reason())));
                if (!approved) {
                    blocks.add(new Paragraph(text("onewindow.pdf.remedy")));
                }
                blocks.add(new Paragraph(text("onewindow.pdf.result.rate")));
                issuer = department;
            }
        }
        return new Notice(text(notice.kind().messageKey()), c.caseNumber(), text("onewindow.pdf.addressee",
                c.applicantName()), blocks, issuer, notice.issuedOn());
    }

    private String firstContact(ServiceCase c) {
        if (c.receivedBy() == null) {
            return text("onewindow.pdf.online");
        }
        Map<String, String> names = directory.displayNames(List.of(c.receivedBy()));
        return names.getOrDefault(c.receivedBy(), c.receivedBy()) + "（" + c.acceptingUnitName() + "）";
    }

    private Field field(String labelKey, String value) {
        return new Field(text(labelKey), value == null ? "" : value);
    }

    private String text(String key, Object... arguments) {
        return messages.get(Messages.DEFAULT_LOCALE, key, arguments);
    }
}

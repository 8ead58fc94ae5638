package org.tongban.base.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * A printable official notice in the usual layout: title, reference number, addressee, body blocks, then the issuing
 * office and date at the bottom right.
 *
 * @param title     e.g. 受理回执
 * @param reference e.g. the case number; may be null
 * @param addressee e.g. 张三： — may be null
 * @param blocks    body in order
 * @param issuer    issuing office, e.g. 和平社区党群服务中心
 * @param date      date of issue
 */
public record Notice(String title, String reference, String addressee, List<Block> blocks, String issuer,
                     LocalDate date) {

    /** A part of the body. */
    public sealed interface Block permits Paragraph, Fields, Table {
    }

    /** A paragraph of running text, first line indented two characters. */
    public record Paragraph(String text) implements Block {
    }

    /** Label/value pairs in two columns, e.g. 申请人 / 张三. */
    public record Fields(List<Field> fields) implements Block {
    }

    /** One label/value pair. */
    public record Field(String label, String value) {
    }

    /** A ruled table with a header row. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }
}

package org.tongban.base.pdf;

/** Renders notices as PDF (A4, embedded CJK font). */
public interface NoticePrinter {

    byte[] print(Notice notice);
}

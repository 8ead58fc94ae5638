package org.tongban.base.pdf;

/** Renders notices as PDF (A4, embedded CJK font). */
public interface NoticePrinter {

    byte[] print(Notice notice);

    /** The notice with its seal over the issuer and its QR code at the bottom left. */
    byte[] print(SealedNotice notice);
}

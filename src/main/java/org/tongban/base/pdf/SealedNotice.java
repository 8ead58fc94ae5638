package org.tongban.base.pdf;

/**
 * A notice that is an official document: the seal's image printed over the issuer and date at the bottom right, and
 * a QR code with a caption at the bottom left (e.g. a verification link with 扫码核验).
 *
 * @param notice     the document's text
 * @param sealImage  PNG of the seal, printed about 42 mm wide, overlapping the issuer line as a stamp does
 * @param qrText     what the QR code encodes (e.g. a verification URL); the code is printed about 25 mm wide
 * @param qrCaption  one short line under the QR code, e.g. 扫码或登录核验页面输入编号核验
 */
public record SealedNotice(Notice notice, byte[] sealImage, String qrText, String qrCaption) {
}

package org.tongban.purchasedservice;

/** The purchase methods of 《政府采购法》第二十六条, and 竞争性磋商 of the later rules. */
public enum PurchaseMethod {
    /** 公开招标 */
    PUBLIC_TENDER,
    /** 邀请招标 */
    INVITED_TENDER,
    /** 竞争性谈判 */
    COMPETITIVE_NEGOTIATION,
    /** 竞争性磋商 */
    COMPETITIVE_CONSULTATION,
    /** 单一来源 */
    SINGLE_SOURCE,
    /** 询价 */
    REQUEST_FOR_QUOTATION;

    public String messageKey() {
        return "purchasedservice.method." + name();
    }
}

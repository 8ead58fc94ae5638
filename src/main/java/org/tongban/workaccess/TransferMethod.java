package org.tongban.workaccess;

/** How the funding reaches the community (费随事转). */
public enum TransferMethod {
    /** 财政转移支付到社区 */
    TRANSFER_TO_COMMUNITY,
    /** 由街道（乡镇）统筹拨付 */
    VIA_SUBDISTRICT,
    /** 以购买服务方式支付 */
    PURCHASE_OF_SERVICE,
    /** 部门直接提供（人员、设备、场地） */
    PROVIDED_IN_KIND
}

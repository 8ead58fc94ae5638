package org.tongban.purchasedservice;

/**
 * What, besides the amount, decides the purchase method (PurchaseMethod.dmn). Every circumstance but NONE needs a
 * written justification, which the finance reviewer sees and a single-source notice publishes.
 */
public enum Circumstance {
    NONE,
    /** 具有特殊性，只能从有限范围的供应商处采购 */
    FEW_PROVIDERS,
    /** 发生了不可预见的紧急情况 */
    URGENT,
    /** 只能从唯一供应商处采购 */
    SINGLE_SOURCE;

    public boolean needsJustification() {
        return this != NONE;
    }

    public String messageKey() {
        return "purchasedservice.circumstance." + name();
    }
}

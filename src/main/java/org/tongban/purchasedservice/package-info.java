/**
 * Government-purchased services (政府购买服务): a buying department's project from 立项 through the finance review of
 * its budget, the purchase method and its public notice, the choice of a provider (承接主体), the contract, delivery,
 * acceptance with the service users and performance evaluation (绩效评价), to closure; and the register of providers
 * with their qualifications, past projects, grades and blacklist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchased services")
package org.tongban.purchasedservice;

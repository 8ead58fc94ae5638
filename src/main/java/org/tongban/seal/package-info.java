/**
 * Seals (印章管理): each unit's seals with their scope list (印章使用范围清单) and the log of every use. A document
 * gets a seal only through the register, for a use on the seal's list — the end of the all-purpose seal (万能章).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seals")
package org.tongban.seal;

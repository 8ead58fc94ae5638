/**
 * Catalog: the county's reference lists — the working-day calendar (statutory holidays and make-up working days,
 * kept as data), the service catalogue (事项目录), the one source of items, departments, time limits and materials
 * for every channel, the community work-item list (村(社区)工作事项清单) with its negative list, the certificate lists
 * (证明事项清单 and 不予出具清单), and the performance-evaluation templates of purchased services (绩效评价指标体系),
 * the last three in revisions by effective date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.tongban.catalog;

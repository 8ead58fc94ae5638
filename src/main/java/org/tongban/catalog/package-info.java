/**
 * Catalog: the county's reference lists — the working-day calendar (statutory holidays and make-up working days,
 * kept as data) and the service catalogue (事项目录), the one source of items, departments, time limits and materials
 * for every channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.tongban.catalog;

/**
 * Shared kernel: audit trail, clock, business exceptions with translated messages, the main layout and common UI
 * parts, and the REST error format. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tongban.base;

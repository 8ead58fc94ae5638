/**
 * Work-item access (社区工作事项准入): a department asks to have communities do work; the request is checked against
 * the county's work-item list and negative list (a DMN table), reviewed by civil affairs where it is not on the list,
 * and approved by the county where the reviewer supports it. An admitted decision has a number, a scope and dates.
 *
 * <p>The dispatch gate ({@link org.tongban.workaccess.DispatchGate}) is the one way work reaches a community inbox:
 * a dispatch naming no valid decision creates no task anywhere and is recorded. Process models that create community
 * tasks are held to the same rule by an engine plugin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work-item access")
package org.tongban.workaccess;

/**
 * The generic task inbox (我的待办, 已办, 我发起的, 抄送我的, 发起) and the case history, over Camunda's task and
 * history services, with data scope: a user sees and acts only on tasks of their own org units and roles. Task and
 * start forms are Camunda Forms rendered by {@code inbox.form}.
 *
 * <p>Conventions every process follows are listed in {@link org.tongban.inbox.ProcessConventions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package org.tongban.inbox;

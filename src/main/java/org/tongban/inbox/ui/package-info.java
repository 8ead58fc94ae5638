/**
 * Inbox screens: 我的待办, the task page, 发起, 我发起的, 已办, 抄送我的 and the case page. {@link CaseTimeline} is
 * shared with modules that show their own task pages.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.tongban.inbox.ui;

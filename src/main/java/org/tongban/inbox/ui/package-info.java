/** Inbox screens: 我的待办, the task page, 发起, 我发起的, 已办, 抄送我的 and the case page. */
package org.tongban.inbox.ui;

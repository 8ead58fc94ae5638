package org.tongban.workaccess;

/** The path a dispatch came by: all three go through the same gate. */
public enum DispatchChannel {
    /** 系统页面 */
    SCREEN,
    /** REST API */
    API,
    /** a process model creating a community task */
    PROCESS
}

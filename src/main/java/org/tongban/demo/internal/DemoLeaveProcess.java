package org.tongban.demo.internal;

/** Names in processes/demo/DemoLeaveRequest.bpmn that code refers to. */
final class DemoLeaveProcess {

    static final String KEY = "DemoLeaveRequest";

    private DemoLeaveProcess() {
    }
}

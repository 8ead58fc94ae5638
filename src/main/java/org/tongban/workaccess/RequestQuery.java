package org.tongban.workaccess;

/** Filters of the request list; null means any. {@code text} matches number, title or decision number. */
public record RequestQuery(String text, RequestStatus status, String departmentCode) {

    public static RequestQuery all() {
        return new RequestQuery(null, null, null);
    }
}

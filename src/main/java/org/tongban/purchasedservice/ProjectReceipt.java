package org.tongban.purchasedservice;

/** A project as submitted: its number and where it went. */
public record ProjectReceipt(long id, String projectNumber, ProjectStatus status) {
}

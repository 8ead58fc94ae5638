/**
 * Admin screens for the calendar, the service catalogue, the work-item list and the certificate lists; the service
 * guide and the certificate lists for all staff.
 */
package org.tongban.catalog.ui;

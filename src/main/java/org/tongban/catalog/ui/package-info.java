/**
 * Admin screens for the calendar, the service catalogue, the work-item list, the certificate lists and the
 * performance-evaluation templates; the service guide and the certificate lists for all staff.
 */
package org.tongban.catalog.ui;

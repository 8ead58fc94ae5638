/** Admin screens for the calendar, the service catalogue and the work-item list; the service guide for all staff. */
package org.tongban.catalog.ui;

/** Admin screens for the calendar and the service catalogue. */
package org.tongban.catalog.ui;

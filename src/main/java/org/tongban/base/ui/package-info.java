/** The application frame (menu, header, language, error display) and UI parts shared by every module. */
package org.tongban.base.ui;

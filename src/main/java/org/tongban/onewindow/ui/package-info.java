/** Counter intake, the case page where every one-window task is done, and the case search. */
package org.tongban.onewindow.ui;

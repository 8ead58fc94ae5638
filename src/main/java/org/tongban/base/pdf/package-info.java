/** Printable notices (回执, 告知书, 决定书) as PDF with an embedded CJK font, so Chinese renders on any machine. */
package org.tongban.base.pdf;

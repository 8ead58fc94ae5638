/** Excel workbooks for the figures screens (Apache POI): the same bold headers and column widths everywhere. */
package org.tongban.base.excel;

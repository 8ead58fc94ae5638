/** The certificate screens: counter request, request page, register and figures, and the residents' online pages. */
package org.tongban.certificate.ui;

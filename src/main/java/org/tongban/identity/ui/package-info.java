/** Sign-in screen and the administration screens for the organisation, staff and roles. */
package org.tongban.identity.ui;

/** The purchased-service screens. */
package org.tongban.purchasedservice.ui;

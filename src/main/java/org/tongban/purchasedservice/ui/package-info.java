/** The purchased-service screens: projects, their steps on one page, budget lines, and the provider register. */
package org.tongban.purchasedservice.ui;

/** The purchased-service screens: projects and their steps on one page, budget lines, bids and scoring, delivery, and the provider register. */
package org.tongban.purchasedservice.ui;

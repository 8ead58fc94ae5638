/** Tables, repositories and services behind the purchased-service API, and the demo data. */
package org.tongban.purchasedservice.internal;

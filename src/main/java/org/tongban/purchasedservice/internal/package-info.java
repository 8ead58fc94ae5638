/** Tables, repositories, services and process steps behind the purchased-service API, and the demo data. */
package org.tongban.purchasedservice.internal;

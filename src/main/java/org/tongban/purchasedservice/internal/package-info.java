/** Tables, repositories, services and process steps behind the purchased-service API. */
package org.tongban.purchasedservice.internal;

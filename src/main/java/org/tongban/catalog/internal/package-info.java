/** Tables, repositories and services behind the catalog API. */
package org.tongban.catalog.internal;

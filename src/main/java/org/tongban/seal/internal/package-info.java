/** Tables, repositories and services behind the seal API, the standard impression and the demo seals. */
package org.tongban.seal.internal;

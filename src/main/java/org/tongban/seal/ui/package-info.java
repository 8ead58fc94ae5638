/** 印章管理: the seals with their scope lists and the use log, for administrators; directors read their own unit's. */
package org.tongban.seal.ui;

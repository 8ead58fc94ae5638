/** The case aggregate, its repositories, the service behind the API and the beans the BPMN process calls. */
package org.tongban.onewindow.internal;

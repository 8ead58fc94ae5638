/**
 * The request aggregate and its repositories, the services behind the API, the dispatch gate, the engine plugin that
 * holds process models to the gate, and the beans the BPMN processes call.
 */
package org.tongban.workaccess.internal;

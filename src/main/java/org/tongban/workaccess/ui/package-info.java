/**
 * Work-item access screens: the request list, the request form, the request page where civil affairs review, the
 * county approves, the department revises or dispatches and decisions are revoked, and the community's page for
 * dispatched work. Every screen calls the module's API only; the services decide and enforce the data scope.
 */
package org.tongban.workaccess.ui;

/**
 * 表单引擎 — Camunda Forms (form-js JSON, "Camunda Platform" 7 flavour) parsed into a small model, validated on the
 * server, converted to and from process variables, and rendered as Vaadin components.
 *
 * <p>One set of rules serves the Vaadin inbox and the REST API alike: {@link org.tongban.inbox.form.FormValidator}
 * checks raw values (JSON-like: strings, numbers, booleans, lists) and the renderer reuses it for its field messages.
 * Values in this package are always in "form value" shape, the one form-js itself produces: text, select, radio and
 * datetime as strings ({@code yyyy-MM-dd}, {@code HH:mm}, {@code yyyy-MM-dd'T'HH:mm}), numbers as numbers (or numeric
 * strings), checkboxes as booleans, checklists as lists of option values.
 *
 * <p>What form-js can do and we cannot (conditional visibility, FEEL expressions, templated text, dynamic options,
 * nested data paths, component types we do not render) fails when the form is parsed, that is at start-up for the
 * forms we ship, never at a citizen's counter.
 */
package org.tongban.inbox.form;

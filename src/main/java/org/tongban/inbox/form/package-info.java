/**
 * 表单引擎 — Camunda Forms (form-js JSON, "Camunda Platform" 7 flavour) parsed into a small model, validated on the
 * server, converted to and from process variables, and rendered as Vaadin components.
 *
 * <p>One set of rules serves the Vaadin inbox and the REST API alike: {@link org.tongban.inbox.form.FormValidator}
 * checks raw values and the renderer shows the same rules' messages on its fields. Values in this package are always
 * in "form value" shape, the one form-js itself produces: text, select and radio as strings; datetime as strings
 * without zone ({@code yyyy-MM-dd}, {@code HH:mm}, {@code yyyy-MM-dd'T'HH:mm}; the form's timeSerializingFormat is
 * ignored because Tongban reckons local time in its configured zone); numbers as numbers or numeric strings (any
 * decimals unless the form sets decimalDigits, as in form-js); checkboxes as booleans; checklists as lists of option
 * values.
 *
 * <p>A submission may carry only the form's editable fields: undeclared keys and read-only or disabled fields are
 * rejected, never dropped or stored. What form-js can do and we cannot (conditional visibility, FEEL expressions,
 * templated text, dynamic options, nested data paths, component types we do not render) fails when the form is
 * parsed, that is at start-up for the forms we ship, never at a citizen's counter.
 */
package org.tongban.inbox.form;

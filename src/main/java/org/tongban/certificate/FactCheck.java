package org.tongban.certificate;

/**
 * 核实 — what the community found.
 *
 * @param confirmed   the facts the certificate would state are confirmed
 * @param homeVisited a home visit was made (required when the entry says so and the facts are confirmed)
 * @param findings    核实情况: what was found, printed on the certificate when confirmed; the reason when not
 */
public record FactCheck(boolean confirmed, boolean homeVisited, String findings) {
}

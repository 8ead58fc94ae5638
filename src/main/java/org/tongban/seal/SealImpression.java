package org.tongban.seal;

/**
 * One logged use of a seal on one document.
 *
 * @param sealCode  e.g. {@code SEAL-CM001-01}
 * @param sealName  as engraved, e.g. 和平社区居民委员会
 * @param image     the seal's image (PNG with a transparent background), to print on that document only
 * @param useId     the use log entry's id
 */
public record SealImpression(String sealCode, String sealName, byte[] image, long useId) {
}

package org.tongban.base;

/**
 * Gap-free counters for readable numbers (case numbers, certificate numbers). A number is taken inside the caller's
 * transaction: if the caller rolls back, the number is returned too, so issued numbers never skip.
 */
public interface SequenceNumbers {

    /** The next value of the named counter, starting at 1. Concurrent callers never get the same value. */
    long next(String counterName);
}

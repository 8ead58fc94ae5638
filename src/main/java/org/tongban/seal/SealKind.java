package org.tongban.seal;

/** What a seal is: the committee's official seal, or one kept for certificates only. */
public enum SealKind {
    /** 公章 — the committee's official seal. */
    OFFICIAL,
    /** 证明专用章 — for the certificates the community issues, and nothing else. */
    CERTIFICATE;

    public String messageKey() {
        return "seal.kind." + name();
    }
}

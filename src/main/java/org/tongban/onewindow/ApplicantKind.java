package org.tongban.onewindow;

/** 个人 (identified by ID number) or 单位 (by unified social credit code). */
public enum ApplicantKind {
    PERSON, ORGANISATION;

    public String messageKey() {
        return "onewindow.applicant-kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

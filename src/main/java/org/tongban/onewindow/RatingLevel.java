package org.tongban.onewindow;

/** 好差评 — the five levels of 国办发〔2019〕51号; the bottom two are 差评. */
public enum RatingLevel {
    VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    public String messageKey() {
        return "onewindow.rating." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.tongban.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdentifiersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110101199003074477", "33010219800101123X"})
    void acceptsIdNumbersWithTheirCheckDigit(String idNumber) {
        assertThat(ResidentIdentifiers.isValidIdNumber(idNumber, TODAY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "110101199003074478", "11010119900307447", "1101011990030744771",
            "11010119900230447X", "110101203001010014", "abcdefghijklmnopqr", ""})
    void refusesWrongCheckDigitsLengthsAndImpossibleBirthDates(String idNumber) {
        assertThat(ResidentIdentifiers.isValidIdNumber(idNumber, TODAY)).isFalse();
    }

    @Test
    void normalisesALowerCaseXAndSpaces() {
        assertThat(ResidentIdentifiers.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(ResidentIdentifiers.isValidIdNumber(ResidentIdentifiers.normalise("11010519491231002x"), TODAY)).isTrue();
    }

    @Test
    void checksMobileNumbers() {
        assertThat(ResidentIdentifiers.isValidMobile("13800000001")).isTrue();
        assertThat(ResidentIdentifiers.isValidMobile("12800000001")).isFalse();
        assertThat(ResidentIdentifiers.isValidMobile("1380000000")).isFalse();
        assertThat(ResidentIdentifiers.isValidMobile(null)).isFalse();
    }

    @Test
    void checksUnifiedSocialCreditCodes() {
        assertThat(ResidentIdentifiers.isValidCreditCode("91350100M000100Y43")).isTrue();
        assertThat(ResidentIdentifiers.isValidCreditCode("91350100M000100Y44")).isFalse();
        assertThat(ResidentIdentifiers.isValidCreditCode("91350100I000100Y43")).isFalse();
        assertThat(ResidentIdentifiers.isValidCreditCode("9135")).isFalse();
    }

    @Test
    void masksForLists() {
        assertThat(ResidentIdentifiers.maskIdNumber("330102198001011234")).isEqualTo("330102********1234");
        assertThat(ResidentIdentifiers.maskPhone("13800000001")).isEqualTo("138****0001");
        assertThat(ResidentIdentifiers.maskName("张三")).isEqualTo("张*");
        assertThat(ResidentIdentifiers.maskName("欧阳明月")).isEqualTo("欧阳**");
    }
}

package org.tongban.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of the numbers residents and organisations identify with: the 18-digit citizen ID number (GB 11643, ISO
 * 7064 MOD 11-2 check digit and a real birth date), the mainland mobile number, and the unified social credit code
 * (GB 32100, MOD 31 check character).
 */
public final class ResidentIdentifiers {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** GB 32100 alphabet: digits and capitals without I, O, S, V, Z. */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private ResidentIdentifiers() {
    }

    /** Upper-cases a trailing x and strips spaces, as staff type them. */
    public static String normalise(String value) {
        return value == null ? null : value.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    /** An 18-digit ID number with a valid check digit and a birth date that exists and is not in the future. */
    public static boolean isValidIdNumber(String idNumber, LocalDate today) {
        if (idNumber == null || !ID_NUMBER.matcher(idNumber).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        if (ID_CHECK[sum % 11] != idNumber.charAt(17)) {
            return false;
        }
        return birthDate(idNumber).filter(birth -> !birth.isAfter(today) && birth.getYear() >= 1900).isPresent();
    }

    /** The birth date encoded in positions 7–14, when it is a real date. */
    public static java.util.Optional<LocalDate> birthDate(String idNumber) {
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }

    public static boolean isValidMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** An 18-character unified social credit code with a valid check character. */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_CODE_ALPHABET.charAt(check) == code.charAt(17);
    }

    /** 330102********1234 — the region code and the last four stay, as on government lists. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? "" : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** 138****0001 */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** 张* / 欧阳** — the family name stays. */
    public static String maskName(String name) {
        if (name == null || name.length() < 2) {
            return name == null ? "" : name;
        }
        int keep = name.length() > 3 ? 2 : 1;
        return name.substring(0, keep) + "*".repeat(name.length() - keep);
    }
}

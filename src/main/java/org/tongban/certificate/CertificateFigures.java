package org.tongban.certificate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 证明统计 — the figures of the caller's part of the county (as the register): certificates issued and refused per
 * month, community and certificate, and the most refused requests with the bodies that asked residents for them (the
 * 减证便民 figure: who still demands certificates without a legal basis). Both exported to Excel, with the register.
 */
public interface CertificateFigures {

    /** At most this many days per period, and this many register rows per export. */
    int MAX_DAYS = 366;
    int MAX_EXPORT_ROWS = 10_000;

    Figures figures(LocalDate from, LocalDate to);

    byte[] figuresWorkbook(LocalDate from, LocalDate to);

    /** The register as a workbook, names and ID numbers masked, newest first. */
    byte[] registerWorkbook(RequestQuery query);

    record Figures(List<MonthRow> months, List<RefusedDemand> refused) {
    }

    /** One month of one community and one certificate; {@code inHand} still being checked or approved. */
    record MonthRow(YearMonth month, String communityName, String certificateCode, String certificateName,
                    long issued, long refused, long replaced, long inHand) {

        public long total() {
            return issued + refused + replaced + inHand;
        }
    }

    /** A certificate refused (or replaced) {@code count} times, with who asked residents for it, most first. */
    record RefusedDemand(String certificateCode, String certificateName, long count, List<Demander> demandedBy) {
    }

    /** {@code name} null stands for requests that named no body. */
    record Demander(String name, long count) {
    }
}

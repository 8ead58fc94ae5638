package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tongban.catalog.CertificateType;

/** An immutable snapshot of both certificate lists, every revision of every entry, for lookups without the database. */
final class CertificateIndex {

    /** What a counter worker types around the name: spaces and punctuation do not matter for a match. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000,，、.。;；:：!！?？\"“”'‘’()（）\\[\\]【】]+");
    /** Shorter fragments than this match too much (证明 alone matches every entry). */
    private static final int MIN_FRAGMENT = 2;
    private static final String GENERIC = "证明";

    /** Revisions by code, oldest first. */
    private final Map<String, List<CertificateType>> revisionsByCode;
    /** Issued list first, then the refused list; by number within each. */
    private final List<String> codes;

    CertificateIndex(Collection<CertificateType> revisions) {
        Map<String, List<CertificateType>> byCode = new HashMap<>();
        revisions.forEach(revision -> byCode.computeIfAbsent(revision.code(), code -> new ArrayList<>()).add(revision));
        byCode.replaceAll((code, list) -> list.stream().sorted(Comparator.comparingInt(CertificateType::revision)).toList());
        this.revisionsByCode = Map.copyOf(byCode);
        Comparator<String> byListing = Comparator.comparing(code -> latest(byCode, code).issuable() ? 0 : 1);
        this.codes = byCode.keySet().stream().sorted(byListing.thenComparing(CertificateIndex::codeOrder)).toList();
    }

    private static CertificateType latest(Map<String, List<CertificateType>> byCode, String code) {
        List<CertificateType> revisions = byCode.get(code);
        return revisions.get(revisions.size() - 1);
    }

    Optional<CertificateType> find(String code, LocalDate day) {
        List<CertificateType> revisions = revisionsByCode.get(code);
        if (revisions == null) {
            return Optional.empty();
        }
        for (int index = revisions.size() - 1; index >= 0; index--) {
            CertificateType revision = revisions.get(index);
            if (revision.inForceOn(day)) {
                return Optional.of(revision);
            }
        }
        return Optional.empty();
    }

    List<CertificateType> inForce(LocalDate day) {
        List<CertificateType> inForce = new ArrayList<>();
        for (String code : codes) {
            find(code, day).ifPresent(inForce::add);
        }
        return List.copyOf(inForce);
    }

    List<CertificateType> history(String code) {
        return revisionsByCode.getOrDefault(code, List.of());
    }

    /**
     * Entries whose name or an alias the words contain, or that contain the words: exact names first, then names and
     * aliases inside what was typed ("开个单身证明"), then what was typed inside a name ("居住"); list order within each.
     */
    List<CertificateType> lookUp(String words, LocalDate day) {
        String typed = words == null ? "" : NOISE.matcher(words).replaceAll("");
        if (typed.length() < MIN_FRAGMENT || typed.equals(GENERIC)) {
            return List.of();
        }
        List<Ranked> hits = new ArrayList<>();
        List<CertificateType> inForce = inForce(day);
        for (int position = 0; position < inForce.size(); position++) {
            CertificateType type = inForce.get(position);
            int rank = rank(type, typed);
            if (rank >= 0) {
                hits.add(new Ranked(type, rank, position));
            }
        }
        return hits.stream().sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::position))
                .map(Ranked::type).toList();
    }

    /** 0 exact, 1 a name inside the words, 2 the words inside a name; -1 no match. */
    private static int rank(CertificateType type, String typed) {
        List<String> names = new ArrayList<>();
        names.add(NOISE.matcher(type.nameZh()).replaceAll(""));
        type.aliases().forEach(alias -> names.add(NOISE.matcher(alias).replaceAll("")));
        int best = -1;
        for (String name : names) {
            int rank = name.equals(typed) ? 0
                    : typed.contains(name) ? 1
                    : name.contains(typed) ? 2 : -1;
            if (rank >= 0 && (best < 0 || rank < best)) {
                best = rank;
            }
        }
        return best;
    }

    /** CE-007 before CE-031 before CE-100; codes outside the pattern last, alphabetically. */
    private static int codeOrder(String left, String right) {
        return Comparator.comparingLong(CertificateIndex::number).thenComparing(Comparator.<String>naturalOrder())
                .compare(left, right);
    }

    private static long number(String code) {
        String digits = code.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private record Ranked(CertificateType type, int rank, int position) {
    }
}

package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateType;

/**
 * {@link CertificateList} over an in-memory snapshot of every revision: every request is checked against it, and
 * administrators change the lists a few times a year. Open to every caller, signed in or not (the online channel and
 * the process ask too). Dropped after every change ({@link #invalidateAfterCompletion}); per application instance, as
 * the work-item list.
 */
class CachedCertificateList implements CertificateList {

    private final ReloadableSnapshot<CertificateIndex> snapshot;

    CachedCertificateList(Supplier<CertificateIndex> loader) {
        this.snapshot = new ReloadableSnapshot<>(loader);
    }

    @Override
    public Optional<CertificateType> find(String code, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return code == null ? Optional.empty() : snapshot.get().find(code.strip(), day);
    }

    @Override
    public List<CertificateType> inForce(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return snapshot.get().inForce(day);
    }

    @Override
    public List<CertificateType> lookUp(String words, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return snapshot.get().lookUp(words, day);
    }

    @Override
    public List<CertificateType> history(String code) {
        return code == null ? List.of() : snapshot.get().history(code.strip());
    }

    /** Readers see a change once its transaction has committed. */
    void invalidateAfterCompletion() {
        snapshot.invalidateAfterCompletion();
    }
}

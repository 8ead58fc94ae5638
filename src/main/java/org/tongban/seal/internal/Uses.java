package org.tongban.seal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateType;
import org.tongban.seal.SealAdministration.UseOption;
import org.tongban.seal.SealRegister;

/**
 * The uses a seal may be given and what they are called: each certificate a community may issue, as the
 * certificate list has it today. The list is the catalog's; a seal's scope list only names entries of it.
 */
@Component
class Uses {

    private static final String CERTIFICATE_PREFIX = SealRegister.certificateUse("");

    private final CertificateList certificates;
    private final Clock clock;

    Uses(CertificateList certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Every issuable certificate in force today, by code. */
    List<UseOption> options() {
        return certificates.inForce(LocalDate.now(clock)).stream().filter(CertificateType::issuable)
                .map(type -> new UseOption(SealRegister.certificateUse(type.code()), type.nameZh())).toList();
    }

    /** The option {@code useCode} names today, if it is one. */
    Optional<UseOption> option(String useCode) {
        return options().stream().filter(option -> option.useCode().equals(useCode)).findFirst();
    }

    /** How a refusal names the use: the certificate's name, or the code itself when it names none. */
    String describe(String useCode) {
        if (useCode == null) {
            return "";
        }
        if (useCode.startsWith(CERTIFICATE_PREFIX)) {
            Optional<CertificateType> type = certificates.find(useCode.substring(CERTIFICATE_PREFIX.length()),
                    LocalDate.now(clock));
            if (type.isPresent()) {
                return type.get().nameZh();
            }
        }
        return useCode;
    }
}

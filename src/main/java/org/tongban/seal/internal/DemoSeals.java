package org.tongban.seal.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.RunAsStaff;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.SealDraft;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealAdministration.UseOption;
import org.tongban.seal.SealKind;

/**
 * Gives each demo community (和平社区, 光明社区, 湖滨社区, 桃源村) a 证明专用章 with the standard impression and every
 * certificate the community may issue today on its scope list, through the administration service as the demo
 * administrator would. Once: a community that already has a seal, active or retired, is left alone.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "tongban.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoSeals implements ApplicationRunner {

    static final List<String> COMMUNITIES = List.of("CM001", "CM002", "CM003", "CM004");
    static final String ADMINISTRATOR = "admin";
    private static final Logger log = LoggerFactory.getLogger(DemoSeals.class);

    private final SealAdministration administration;
    private final Directory directory;
    private final RunAsStaff runAs;

    DemoSeals(SealAdministration administration, Directory directory, RunAsStaff runAs) {
        this.administration = administration;
        this.directory = directory;
        this.runAs = runAs;
    }

    /** One transaction: a seal is never left without its list by a failed start. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.findStaff(ADMINISTRATOR).isEmpty()) {
            return;
        }
        runAs.run(ADMINISTRATOR, () -> {
            List<String> uses = administration.useOptions().stream().map(UseOption::useCode).toList();
            List<String> seeded = COMMUNITIES.stream().filter(this::needsSeal)
                    .map(code -> seed(directory.findUnit(code).orElseThrow(), uses)).toList();
            if (!seeded.isEmpty()) {
                log.info("Seeded {} demo seals ({}), each for the {} certificates on the list", seeded.size(),
                        String.join(", ", seeded), uses.size());
            }
        });
    }

    private boolean needsSeal(String unitCode) {
        return directory.findUnit(unitCode).filter(OrgUnitSummary::active).isPresent()
                && administration.list(unitCode, null).isEmpty();
    }

    private String seed(OrgUnitSummary community, List<String> uses) {
        SealEntry seal = administration.register(new SealDraft(community.code(), inscription(community),
                SealKind.CERTIFICATE, null, null, null));
        if (!uses.isEmpty()) {
            administration.changeScope(seal.id(), seal.version(), uses, "演示数据：证明事项清单上的全部可出具证明");
        }
        return seal.code();
    }

    /** As engraved: county, subdistrict, community and its committee, e.g. 云溪县城关街道和平社区居民委员会. */
    private String inscription(OrgUnitSummary community) {
        Optional<OrgUnitSummary> subdistrict = Optional.ofNullable(community.parentCode()).flatMap(directory::findUnit);
        Optional<OrgUnitSummary> county = subdistrict.map(OrgUnitSummary::parentCode).flatMap(directory::findUnit);
        String committee = community.name().endsWith("村") ? "村民委员会" : "居民委员会";
        return county.map(OrgUnitSummary::name).orElse("") + subdistrict.map(OrgUnitSummary::name).orElse("")
                + community.name() + committee;
    }
}

package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.pdf.Notice;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.OrganisationAdministration.NewOrgUnit;
import org.tongban.identity.RunAsStaff;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.ProviderDraft;
import org.tongban.purchasedservice.ProviderAdministration.QualificationDraft;
import org.tongban.purchasedservice.ProviderKind;
import org.tongban.purchasedservice.ServiceProviders;

/**
 * Puts the demo county's providers on the register, through the administration service as the demo administrator
 * would: 阳光社工 (PV001) and 益邻服务社 (PV002), whose contacts sign in as {@code yangguang} and {@code yilin}, each
 * with its registration certificate, and 惠众家政 (PV003, its unit created here, no login), blacklisted until the end
 * of 2027 for inflated service counts. Once: a provider already on the register is left alone.
 */
@Component
@Order(16)
@ConditionalOnProperty(name = "tongban.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoProviders implements ApplicationRunner {

    static final String ADMINISTRATOR = "admin";
    static final List<String> PROVIDERS = List.of("PV001", "PV002", "PV003");
    static final LocalDate BLACKLIST_FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate BLACKLIST_UNTIL = LocalDate.of(2027, 12, 31);
    static final String BLACKLIST_REASON = "虚报服务人次：2026 年居家养老服务项目申报服务 1260 人次，经县民政局入户核查属实 842 人次";
    /** Registration certificates of social organisations are issued for five years. */
    private static final int CERTIFICATE_YEARS = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);

    private record Seed(String unitCode, String unitName, ProviderDraft draft, Certificate certificate,
                        boolean blacklisted) {
    }

    /** A registration certificate: its number, issuer, and the last day of the term it was first issued for. */
    private record Certificate(String name, String number, String issuer, LocalDate firstValidUntil) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("PV001", "云溪县阳光社会工作服务中心", new ProviderDraft("云溪县阳光社会工作服务中心",
                    ProviderKind.SOCIAL_WORK_AGENCY, "52229901MJ0A11736G", "陈晓华", "杨光", "13800000017",
                    "云溪县城关街道和平路 18 号和平社区党群服务中心二楼", LocalDate.of(2018, 5, 16), "云溪县民政局", true,
                    "社区居家养老服务、困境儿童关爱保护、社会救助对象个案帮扶、社区社会工作服务站运营"),
                    new Certificate("民办非企业单位登记证书", "云民证字第 2018016 号", "云溪县民政局",
                            LocalDate.of(2023, 5, 15)), false),
            new Seed("PV002", "云溪县益邻社区服务社", new ProviderDraft("云溪县益邻社区服务社",
                    ProviderKind.SOCIAL_ORGANISATION, "52229901MJ0B22866T", "周玉兰", "易林", "13800000018",
                    "云溪县东湖街道湖滨路 6 号", LocalDate.of(2020, 9, 8), "云溪县民政局", false,
                    "社区老年助餐、便民维修、邻里互助和社区志愿服务组织"),
                    new Certificate("民办非企业单位登记证书", "云民证字第 2020031 号", "云溪县民政局",
                            LocalDate.of(2025, 9, 7)), false),
            new Seed("PV003", "云溪县惠众家政服务有限公司", new ProviderDraft("云溪县惠众家政服务有限公司",
                    ProviderKind.ENTERPRISE, "91229901MA1C3P7K2W", "郭强", "郭强", "13800000019",
                    "云溪县东湖街道湖滨路 66 号", LocalDate.of(2019, 3, 20), "云溪县市场监督管理局", false,
                    "居家保洁、居家养老护理、母婴护理"), null, true));

    private final ProviderAdministration administration;
    private final ServiceProviders register;
    private final OrganisationAdministration organisation;
    private final Directory directory;
    private final NoticePrinter printer;
    private final RunAsStaff runAs;
    private final Clock clock;

    DemoProviders(ProviderAdministration administration, ServiceProviders register,
                  OrganisationAdministration organisation, Directory directory, NoticePrinter printer, RunAsStaff runAs,
                  Clock clock) {
        this.administration = administration;
        this.register = register;
        this.organisation = organisation;
        this.directory = directory;
        this.printer = printer;
        this.runAs = runAs;
        this.clock = clock;
    }

    /** One transaction: a provider is never left without its certificate or its blacklisting by a failed start. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.findStaff(ADMINISTRATOR).isEmpty() || directory.units(OrgUnitKind.COUNTY).isEmpty()) {
            return;
        }
        runAs.run(ADMINISTRATOR, () -> {
            List<String> seeded = new ArrayList<>();
            for (Seed seed : SEEDS) {
                if (register.find(seed.unitCode()).isEmpty()) {
                    seed(seed);
                    seeded.add(seed.unitCode());
                }
            }
            if (!seeded.isEmpty()) {
                log.info("Seeded {} demo providers ({})", seeded.size(), String.join(", ", seeded));
            }
        });
    }

    private void seed(Seed seed) {
        if (directory.findUnit(seed.unitCode()).isEmpty()) {
            String county = directory.units(OrgUnitKind.COUNTY).get(0).code();
            organisation.create(new NewOrgUnit(seed.unitCode(), seed.unitName(), OrgUnitKind.PROVIDER, county));
        }
        administration.register(seed.unitCode(), seed.draft());
        LocalDate today = LocalDate.now(clock);
        if (seed.certificate() != null) {
            Certificate certificate = seed.certificate();
            LocalDate validUntil = certificate.firstValidUntil();
            while (validUntil.isBefore(today)) {
                validUntil = validUntil.plusYears(CERTIFICATE_YEARS);
            }
            administration.addQualification(seed.unitCode(), new QualificationDraft(certificate.name(),
                    certificate.number(), certificate.issuer(), validUntil, certificate.name() + ".pdf",
                    scan(seed.draft(), certificate, validUntil)));
        }
        if (seed.blacklisted() && !BLACKLIST_UNTIL.isBefore(today)) {
            administration.blacklist(seed.unitCode(), new BlacklistDraft(BLACKLIST_REASON, BLACKLIST_FROM,
                    BLACKLIST_UNTIL));
        }
    }

    /** A stand-in for the scanned certificate, marked as demo data. */
    private byte[] scan(ProviderDraft draft, Certificate certificate, LocalDate validUntil) {
        return printer.print(new Notice(certificate.name(), certificate.number(), null, List.of(
                new Notice.Fields(List.of(new Notice.Field("名称", draft.name()),
                        new Notice.Field("统一社会信用代码", draft.creditCode()),
                        new Notice.Field("法定代表人", draft.legalRepresentative()),
                        new Notice.Field("住所", draft.address()),
                        new Notice.Field("业务范围", draft.services()),
                        new Notice.Field("有效期至", validUntil.toString()))),
                new Notice.Paragraph("演示数据：本件为系统生成的示例，不是真实证书。")),
                certificate.issuer(), validUntil.minusYears(CERTIFICATE_YEARS).plusDays(1)));
    }
}

package org.tongban.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffAdministration;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.seal.SealAdministration.ScopeItem;
import org.tongban.seal.SealAdministration.SealDraft;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealAdministration.UseEntry;
import org.tongban.seal.SealAdministration.UseOption;
import org.tongban.seal.SealAdministration.UseQuery;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** 印章管理: registering, scope lists and retiring, who sees what, and the use log. */
@TongbanTest
@Tag("db")
class SealAdministrationTests {

    private static final String NAME = "云溪县桃源镇印章测试社区居民委员会";

    @Autowired
    SealAdministration administration;

    @Autowired
    SealFixtures seals;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    StaffAdministration staff;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @BeforeEach
    void signInAsAdministrator() {
        signIn.as("admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void registersASealWithTheStandardImpressionNumberedInTheUnitAndAudited() {
        String unit = seals.community();

        SealEntry first = administration.register(new SealDraft(" " + unit + " ", "  " + NAME + " ",
                SealKind.CERTIFICATE, null, null, null));
        SealEntry second = administration.register(new SealDraft(unit, NAME, SealKind.OFFICIAL, null, null, null));

        assertThat(first.code()).isEqualTo("SEAL-" + unit + "-01");
        assertThat(second.code()).isEqualTo("SEAL-" + unit + "-02");
        assertThat(first.unitCode()).isEqualTo(unit);
        assertThat(first.unitName()).isEqualTo("印章测试社区");
        assertThat(first.name()).isEqualTo(NAME);
        assertThat(first.kind()).isEqualTo(SealKind.CERTIFICATE);
        assertThat(first.active()).isTrue();
        assertThat(first.scope()).as("nothing may be sealed before a list is set").isEmpty();
        assertThat(first.registeredBy()).isEqualTo("admin");
        assertThat(first.keeper()).isNull();
        assertThat(administration.preview(first.id())).isEqualTo(administration.standardPreview(NAME, SealKind.CERTIFICATE));
        SealEntry listed = administration.changeScope(first.id(), first.version(), List.of(SealFixtures.RESIDENCE), "测试");
        byte[] engraved = seals.use(unit, SealFixtures.RESIDENCE, SealFixtures.reference(), "admin").image();
        assertThat(UploadedFiles.sniff(engraved)).contains("image/png");
        assertThat(UploadedFiles.sha256(engraved)).isEqualTo(listed.imageSha256()).isEqualTo(first.imageSha256());
        assertThat(administration.list(unit, null)).extracting(SealEntry::code).containsExactly(first.code(), second.code());
        assertThat(audit("seal:" + first.code())).filteredOn(entry -> entry.action().equals("admin.seal.register"))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("unit=" + unit, "kind=CERTIFICATE", "image=standard", "sha256=" + first.imageSha256());
    }

    @Test
    void takesAnUploadedTransparentSquarePngWithAKeeperOfTheUnit() throws IOException {
        String unit = seals.community();
        String keeper = AdminFixtures.username("keeper");
        staff.create(new NewStaff(keeper, "印章保管员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole(unit, Roles.FRONT_DESK))));
        byte[] scan = png(800, 760, true);

        SealEntry seal = administration.register(new SealDraft(unit, NAME, SealKind.OFFICIAL, keeper,
                "C:\\扫描\\公章.png", scan));

        assertThat(seal.keeper()).isEqualTo(keeper);
        assertThat(seal.keeperName()).isEqualTo("印章保管员");
        assertThat(seal.imageSha256()).isEqualTo(UploadedFiles.sha256(scan));
        assertThat(audit("seal:" + seal.code())).singleElement().extracting(AuditEntry::detail).asString()
                .contains("image=uploaded 公章.png", "keeper=" + keeper);
        SealEntry listed = administration.changeScope(seal.id(), seal.version(), List.of(SealFixtures.RESIDENCE), "测试");
        assertThat(seals.use(unit, SealFixtures.RESIDENCE, SealFixtures.reference(), keeper).image()).isEqualTo(scan);

        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(administration.preview(listed.id())));
        assertThat(preview.getWidth()).as("too coarse to print").isEqualTo(200);
        assertThat(preview.getHeight()).isEqualTo(190);
        assertThat(preview.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void refusesWhatIsNotASealOfACommunityOrSubdistrictAndWritesNothing() throws IOException {
        String unit = seals.community();
        String inactive = seals.community();
        organisation.tree().stream().filter(entry -> entry.code().equals(inactive)).findFirst()
                .ifPresent(entry -> organisation.deactivate(inactive, entry.version()));

        assertThat(refusal(new SealDraft(" ", NAME, SealKind.CERTIFICATE, null, null, null))).isEqualTo("请选择印章所属单位。");
        assertThat(refusal(new SealDraft("NOPE9", NAME, SealKind.CERTIFICATE, null, null, null))).isEqualTo("单位“NOPE9”不存在。");
        assertThat(refusal(new SealDraft("DP-MZ", NAME, SealKind.CERTIFICATE, null, null, null)))
                .isEqualTo("“县民政局”不是社区（村）或街道（乡镇），不能登记印章。");
        assertThat(refusal(new SealDraft(inactive, NAME, SealKind.CERTIFICATE, null, null, null)))
                .isEqualTo("“印章测试社区”已停用，不能登记印章。");
        assertThat(refusal(new SealDraft(unit, "  ", SealKind.CERTIFICATE, null, null, null)))
                .isEqualTo("请填写印文（印章上所刻的名称）。");
        assertThat(refusal(new SealDraft(unit, "章".repeat(101), SealKind.CERTIFICATE, null, null, null)))
                .isEqualTo("印文最多 100 个字。");
        assertThat(refusal(new SealDraft(unit, "印章测试\n社区", SealKind.CERTIFICATE, null, null, null)))
                .isEqualTo("印文不能包含换行、制表符等控制字符。");
        assertThat(refusal(new SealDraft(unit, NAME, null, null, null, null))).isEqualTo("请选择印章类别。");
        assertThat(refusal(new SealDraft(unit, NAME, SealKind.CERTIFICATE, "nobody9", null, null)))
                .isEqualTo("保管人“nobody9”不存在或已停用。");
        assertThat(refusal(new SealDraft(unit, NAME, SealKind.CERTIFICATE, "wangfang", null, null)))
                .isEqualTo("王芳不是印章测试社区的工作人员，不能保管该单位的印章。");
        assertThat(refusal(upload(unit, "scan.png", jpeg()))).isEqualTo("印模图片“scan.png”须为 PNG 格式（按文件内容识别）。");
        assertThat(refusal(upload(unit, "scan.png", "not an image".getBytes()))).startsWith("文件“scan.png”不是 PDF、JPG 或 PNG 格式");
        assertThat(refusal(upload(unit, "scan.png", new byte[SealAdministration.IMAGE_MAX_BYTES + 1])))
                .isEqualTo("文件“scan.png”超过 2 MB，请压缩或分页扫描后再上传。");
        assertThat(refusal(upload(unit, "wide.png", png(600, 300, true))))
                .isEqualTo("印模图片“wide.png”为 600×300 像素，不是正方形，请裁成正方形后再上传。");
        assertThat(refusal(upload(unit, "tiny.png", png(100, 100, true))))
                .isEqualTo("印模图片“tiny.png”为 100×100 像素，边长须在 200–3000 像素之间。");
        assertThat(refusal(upload(unit, "white.png", png(400, 400, false))))
                .isEqualTo("印模图片“white.png”的背景不透明：印章盖在落款上，背景须为透明（PNG 透明通道）。");
        byte[] truncated = Arrays.copyOf(png(400, 400, true), 60);
        assertThat(refusal(upload(unit, "broken.png", truncated))).isEqualTo("印模图片“broken.png”无法读取，请重新导出为 PNG 后再上传。");

        assertThat(administration.list(unit, null)).isEmpty();
        assertThat(administration.list(inactive, null)).isEmpty();
    }

    @Test
    void theScopeListChangesEntryByEntryAndKeepsItsHistory() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit);

        SealEntry first = administration.changeScope(seal.id(), seal.version(),
                List.of(SealFixtures.RESIDENCE, " " + SealFixtures.LAND + " ", SealFixtures.RESIDENCE), " 按县证明事项清单设定 ");
        assertThat(first.activeScope()).extracting(ScopeItem::useCode, ScopeItem::useName).containsExactly(
                tuple("certificate:CE-024", "有土地承包经营权的身份证明(非农业户籍人员以农民身份参保)"),
                tuple("certificate:CE-031", "居(租)住证明"));
        assertThat(first.activeScope()).allSatisfy(item -> {
            assertThat(item.addedBy()).isEqualTo("admin");
            assertThat(item.addReason()).isEqualTo("按县证明事项清单设定");
        });
        assertThat(first.version()).isGreaterThan(seal.version());

        SealEntry second = administration.changeScope(first.id(), first.version(),
                List.of(SealFixtures.RESIDENCE, SealFixtures.VOLUNTEER), "土地承包证明改由村委会出具");

        assertThat(second.activeScope()).extracting(ScopeItem::useCode)
                .containsExactly("certificate:CE-031", "certificate:CE-037");
        assertThat(second.scope()).hasSize(3).filteredOn(item -> !item.active()).singleElement().satisfies(removed -> {
            assertThat(removed.useCode()).isEqualTo("certificate:CE-024");
            assertThat(removed.removedBy()).isEqualTo("admin");
            assertThat(removed.removeReason()).isEqualTo("土地承包证明改由村委会出具");
        });
        assertThat(administration.find(seal.id())).isEqualTo(second);
        assertThat(audit("seal:" + seal.code())).filteredOn(entry -> entry.action().equals("admin.seal.scope"))
                .first().extracting(AuditEntry::detail).asString()
                .isEqualTo("added: certificate:CE-037; removed: certificate:CE-024; reason: 土地承包证明改由村委会出具");

        // Removing only still moves the version: a change from the list as it was is refused.
        SealEntry third = administration.changeScope(second.id(), second.version(), List.of(SealFixtures.RESIDENCE), "志愿服务证明改由街道出具");
        assertThat(third.version()).isGreaterThan(second.version());
        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), second.version(), List.of(), "清空")))
                .isEqualTo("该印章已被他人修改，请刷新后重试。");
    }

    @Test
    void refusesUsesOffTheCertificateListAndChangesThatChangeNothing() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);

        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), seal.version(),
                List.of(SealRegister.certificateUse("CE-001")), "测试")))
                .isEqualTo("“亲属关系证明”（certificate:CE-001）不是证明事项清单上现行可出具的证明，不能列入印章使用范围。");
        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), seal.version(), List.of("万能"), "测试")))
                .isEqualTo("“万能”（万能）不是证明事项清单上现行可出具的证明，不能列入印章使用范围。");
        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), seal.version(),
                List.of(SealFixtures.RESIDENCE), "测试"))).isEqualTo("印章 " + seal.code() + " 的使用范围没有变化。");
        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), seal.version(), List.of(), " ")))
                .isEqualTo("请填写原因。");
        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), seal.version(), List.of(), "因".repeat(301))))
                .isEqualTo("原因最多 300 个字。");
        assertThat(administration.find(seal.id()).scope()).hasSize(1);
        assertThat(administration.useOptions()).extracting(UseOption::useCode)
                .containsAll(SealFixtures.ISSUABLE.stream().map(SealRegister::certificateUse).toList())
                .doesNotContain("certificate:CE-001");
    }

    @Test
    void aRetiredSealKeepsItsListAndCannotChange() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);
        assertThat(fixtures.refusal(() -> administration.retire(seal.id(), seal.version(), ""))).isEqualTo("请填写原因。");

        SealEntry retired = administration.retire(seal.id(), seal.version(), "  印章磨损，已收缴销毁 ");

        assertThat(retired.active()).isFalse();
        assertThat(retired.retirement().retiredBy()).isEqualTo("admin");
        assertThat(retired.retirement().reason()).isEqualTo("印章磨损，已收缴销毁");
        assertThat(retired.activeScope()).hasSize(1);
        assertThat(administration.list(unit, true)).isEmpty();
        assertThat(administration.list(unit, false)).containsExactly(retired);
        assertThat(fixtures.refusal(() -> administration.retire(seal.id(), retired.version(), "再次停用")))
                .isEqualTo("印章 " + seal.code() + " 已停用，不能再更改使用范围或停用。");
        assertThat(fixtures.refusal(() -> administration.changeScope(seal.id(), retired.version(), List.of(), "清空")))
                .isEqualTo("印章 " + seal.code() + " 已停用，不能再更改使用范围或停用。");
        assertThat(audit("seal:" + seal.code())).extracting(AuditEntry::action).contains("admin.seal.retire");
    }

    @Test
    void aDirectorReadsTheirOwnUnitOnly() {
        SealEntry peace = administration.list("CM001", true).get(0);
        SealEntry light = administration.list("CM002", true).get(0);
        String reference = SealFixtures.reference();
        seals.use("CM002", SealFixtures.RESIDENCE, reference, "chenjing");
        signIn.as("zhangwei");

        assertThat(administration.list(null, null)).isNotEmpty().extracting(SealEntry::unitCode).containsOnly("CM001");
        assertThat(administration.find(peace.id()).code()).isEqualTo("SEAL-CM001-01");
        assertThat(administration.preview(peace.id())).isNotEmpty();
        assertThat(administration.uses(UseQuery.all(), 0, 50)).allMatch(use -> use.unitCode().equals("CM001"));
        assertThat(fixtures.refusal(() -> administration.list("CM002", null)))
                .isEqualTo("您只能查看本单位的印章和用印登记，无权查看光明社区的。");
        assertThat(fixtures.refusal(() -> administration.preview(light.id())))
                .isEqualTo("您只能查看本单位的印章和用印登记，无权查看光明社区的。");
        assertThat(fixtures.refusal(() -> administration.uses(new UseQuery(light.id(), null, null, null), 0, 50)))
                .isEqualTo("您只能查看本单位的印章和用印登记，无权查看光明社区的。");
        assertThrows(AccessDeniedException.class, () -> administration.retire(peace.id(), peace.version(), "越权"));
        assertThrows(AccessDeniedException.class, () -> administration.useOptions());

        signIn.as("zhaomin");
        assertThat(administration.uses(new UseQuery(light.id(), null, null, null), 0, 50))
                .extracting(UseEntry::documentReference).contains(reference);

        signIn.as("admin");
        assertThat(auditLog.search("seal-id:" + light.id(), PageRequest.of(0, 100)).stream()
                .filter(entry -> entry.actor().equals("zhangwei") && entry.outcome() == AuditTrail.Outcome.DENIED))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(administration.list(null, true)).extracting(SealEntry::code)
                .contains("SEAL-CM001-01", "SEAL-CM002-01", "SEAL-CM003-01", "SEAL-CM004-01");
    }

    @Test
    void otherStaffAreRefused() {
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> administration.list(null, null));
        assertThrows(AccessDeniedException.class, () -> administration.uses(UseQuery.all(), 0, 10));
        assertThrows(AccessDeniedException.class,
                () -> administration.register(new SealDraft("CM001", NAME, SealKind.CERTIFICATE, null, null, null)));
    }

    @Test
    void theUseLogIsReadNewestFirstByDateRangeAPageAtATime() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE, SealFixtures.VOLUNTEER);
        String first = seals.use(unit, SealFixtures.RESIDENCE, SealFixtures.reference(), "zhangwei").sealCode();
        seals.use(unit, SealFixtures.VOLUNTEER, SealFixtures.reference(), "zhangwei");
        seals.use(unit, SealFixtures.RESIDENCE, SealFixtures.reference(), "lina");
        LocalDate today = LocalDate.now(clock);
        UseQuery ofSeal = new UseQuery(seal.id(), null, null, null);

        List<UseEntry> page = administration.uses(ofSeal, 0, 2);
        assertThat(first).isEqualTo(seal.code());
        assertThat(administration.countUses(ofSeal)).isEqualTo(3);
        assertThat(page).hasSize(2);
        assertThat(page.get(0).id()).isGreaterThan(page.get(1).id());
        assertThat(page.get(0).usedBy()).isEqualTo("lina");
        assertThat(administration.uses(ofSeal, 2, 2)).hasSize(1);
        assertThat(administration.countUses(new UseQuery(null, unit, today, today))).isEqualTo(3);
        assertThat(administration.countUses(new UseQuery(seal.id(), null, today.plusDays(1), null))).isZero();
        assertThat(administration.countUses(new UseQuery(seal.id(), null, null, today.minusDays(1)))).isZero();
        assertThat(fixtures.refusal(() -> administration.uses(new UseQuery(seal.id(), null, today, today.minusDays(1)), 0, 10)))
                .isEqualTo("结束日期不能早于开始日期。");
    }

    private String refusal(SealDraft draft) {
        return fixtures.refusal(() -> administration.register(draft));
    }

    private static SealDraft upload(String unit, String fileName, byte[] content) {
        return new SealDraft(unit, NAME, SealKind.CERTIFICATE, null, fileName, content);
    }

    private List<AuditEntry> audit(String target) {
        return auditLog.search(target, PageRequest.of(0, 50)).getContent();
    }

    /** A red disc on a transparent (or white) square. */
    private static byte[] png(int width, int height, boolean transparent) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        if (!transparent) {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
        }
        graphics.setColor(new Color(0xD7, 0x19, 0x20));
        graphics.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}

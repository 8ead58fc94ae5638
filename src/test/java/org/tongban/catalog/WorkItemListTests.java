package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The seeded list as every module reads it: open to all callers, by day. */
@TongbanTest
@Tag("db")
class WorkItemListTests {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    /** The seeded codes have two digits; the tests' own have three. */
    private static final Pattern SEEDED = Pattern.compile("^WI-[DAN]\\d{2}$");

    @Autowired
    WorkItemList list;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSeededListHasItsDutiesAssistingWorkAndNegativeList() {
        List<WorkItem> seeded = seeded(FIRST_DAY);

        assertThat(seeded).hasSize(73);
        Map<WorkItemKind, Long> perKind = seeded.stream()
                .collect(Collectors.groupingBy(WorkItem::kind, Collectors.counting()));
        assertThat(perKind).containsEntry(WorkItemKind.DUTY, 22L).containsEntry(WorkItemKind.ASSIST, 36L)
                .containsEntry(WorkItemKind.NEGATIVE, 15L);
        assertThat(seeded).allSatisfy(item -> {
            assertThat(item.revision()).isEqualTo(1);
            assertThat(item.effectiveFrom()).isEqualTo(FIRST_DAY);
            assertThat(item.effectiveTo()).isNull();
            assertThat(item.code()).startsWith("WI-" + item.kind().name().charAt(0));
            assertThat(item.nameZh()).isNotBlank();
            assertThat(item.source()).isNotBlank();
        });
        assertThat(seeded).filteredOn(item -> item.kind() != WorkItemKind.NEGATIVE)
                .allSatisfy(item -> assertThat(item.legalBasis()).isNotBlank())
                .allSatisfy(item -> assertThat(item.keywords()).isEmpty());
        assertThat(seeded).filteredOn(item -> item.kind() == WorkItemKind.ASSIST)
                .allSatisfy(item -> assertThat(item.fundingConditions()).contains("费随事转"));
        assertThat(seeded).filteredOn(item -> item.kind() != WorkItemKind.ASSIST)
                .allSatisfy(item -> assertThat(item.fundingConditions()).isEmpty());
        assertThat(seeded).filteredOn(item -> item.kind() == WorkItemKind.NEGATIVE)
                .allSatisfy(item -> assertThat(item.keywords()).isNotEmpty())
                .allSatisfy(item -> assertThat(item.legalBasis()).isNotBlank());
    }

    @Test
    void seededRowsReadAsPublished() {
        WorkItem assist = list.find("WI-A05", FIRST_DAY).orElseThrow();
        assertThat(assist.kind()).isEqualTo(WorkItemKind.ASSIST);
        assertThat(assist.nameZh()).isEqualTo("协助做好困难残疾人生活补贴和重度残疾人护理补贴申请与动态管理");
        assertThat(assist.nameEn()).isEqualTo("Assist two disability subsidies");
        assertThat(assist.departments()).isEqualTo("民政局;残联");
        assertThat(assist.legalBasis()).isEqualTo("国发〔2015〕52号");
        assertThat(assist.fundingConditions()).isEqualTo("由民政局、残联按费随事转原则提供工作经费和必要工作条件");

        WorkItem duty = list.find("WI-D01", FIRST_DAY).orElseThrow();
        assertThat(duty.nameZh()).isEqualTo("宣传宪法、法律、法规和国家政策,维护居民合法权益,教育居民履行义务");
        assertThat(duty.nameEn()).isEqualTo("Publicise law and policy; protect residents' lawful rights");
        assertThat(duty.departments()).isEmpty();

        // A negative row without a legal basis of its own cites its source.
        WorkItem demolition = list.find("WI-N03", FIRST_DAY).orElseThrow();
        assertThat(demolition.legalBasis()).isEqualTo(demolition.source()).startsWith("湘民发〔2020〕41号");
        assertThat(demolition.keywords()).containsExactly("拆迁", "拆违", "执法", "城市管理", "环境整治");
        assertThat(list.find("WI-N08", FIRST_DAY).orElseThrow().legalBasis()).isEqualTo("民发〔2020〕20号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"行政执法", "拆迁拆违", "招商引资", "安全生产", "挂牌", "一票否决", "证明"})
    void theNegativeListCoversWhatACommunityIsNeverResponsibleFor(String work) {
        assertThat(seeded(LocalDate.now(clock))).filteredOn(item -> item.kind() == WorkItemKind.NEGATIVE)
                .anySatisfy(item -> assertThat(item.nameZh()).contains(work));
    }

    @Test
    void theExplicitNegativeEntriesNameTheirRule() {
        Map<String, WorkItem> byCode = seeded(FIRST_DAY).stream()
                .collect(Collectors.toMap(WorkItem::code, Function.identity()));
        assertThat(byCode.get("WI-N13").nameZh()).isEqualTo("要求村(社区)作为行政执法的责任主体");
        assertThat(byCode.get("WI-N14").nameZh()).isEqualTo("要求村(社区)作为安全生产的责任主体");
        assertThat(byCode.get("WI-N15").nameZh()).isEqualTo("要求村(社区)承担招商引资任务或作为其责任主体");
        assertThat(List.of(byCode.get("WI-N13"), byCode.get("WI-N14"), byCode.get("WI-N15"))).allSatisfy(item -> {
            assertThat(item.legalBasis()).contains("关于加强基层治理体系和治理能力现代化建设的意见").contains("四(三)");
            assertThat(item.source()).contains("行政执法、拆迁拆违、招商引资、安全生产");
        });
        assertThat(byCode.get("WI-N13").keywords()).containsExactly("执法", "处罚", "查处");
        assertThat(byCode.get("WI-N14").keywords()).contains("安全生产");
        assertThat(byCode.get("WI-N15").keywords()).containsExactly("招商", "引资");
    }

    @Test
    void nothingIsInForceBeforeTheListWasPublished() {
        assertThat(seeded(FIRST_DAY.minusDays(1))).isEmpty();
        assertThat(list.find("WI-D01", FIRST_DAY.minusDays(1))).isEmpty();
        assertThat(list.find("WI-D01", FIRST_DAY)).isPresent();
    }

    @Test
    void theListIsOrderedDutiesAssistingWorkNegativeList() {
        List<String> codes = seeded(FIRST_DAY).stream().map(WorkItem::code).toList();
        assertThat(codes.subList(0, 3)).containsExactly("WI-D01", "WI-D02", "WI-D03");
        assertThat(codes.get(21)).isEqualTo("WI-D22");
        assertThat(codes.get(22)).isEqualTo("WI-A01");
        assertThat(codes.get(58)).isEqualTo("WI-N01");
        assertThat(codes.get(72)).isEqualTo("WI-N15");
    }

    @Test
    void unknownCodesFindNothing() {
        LocalDate today = LocalDate.now(clock);
        assertThat(list.find("WI-D99", today)).isEmpty();
        assertThat(list.find("SI-001", today)).isEmpty();
        assertThat(list.find(null, today)).isEmpty();
        assertThat(list.history("WI-X01")).isEmpty();
        assertThat(list.find(" WI-A01 ", today)).hasValueSatisfying(item -> assertThat(item.code()).isEqualTo("WI-A01"));
    }

    @Test
    void everyoneMayReadTheList() {
        SignIn.out();
        assertThat(list.find("WI-N03", LocalDate.now(clock))).isPresent();
        assertThat(list.history("WI-N03")).singleElement().extracting(WorkItem::revision).isEqualTo(1);
    }

    private List<WorkItem> seeded(LocalDate day) {
        return list.inForce(day).stream().filter(item -> SEEDED.matcher(item.code()).matches()).toList();
    }
}

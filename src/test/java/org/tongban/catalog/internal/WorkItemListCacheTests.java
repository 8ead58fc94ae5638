package org.tongban.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;

/** The list in memory: loaded once for any number of lookups, loaded again after a change. */
class WorkItemListCacheTests {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private static WorkItem revision(String code, int revision, LocalDate from, LocalDate to) {
        return new WorkItem(code, revision, WorkItemKind.NEGATIVE, "名称" + revision, "", "", "依据", "", "来源",
                List.of("拆迁"), from, to);
    }

    private static final List<WorkItem> REVISIONS = List.of(
            revision("WI-N03", 1, JANUARY, JULY.minusDays(1)),
            revision("WI-N03", 2, JULY, null),
            revision("WI-D01", 1, JANUARY, null),
            revision("WI-D100", 1, JANUARY, null),
            revision("WI-D21", 1, JANUARY, null),
            revision("WI-A05", 1, JANUARY, JANUARY.plusDays(9)));

    @Test
    void tenThousandLookupsLoadTheListOnce() {
        AtomicInteger loads = new AtomicInteger();
        CachedWorkItemList list = new CachedWorkItemList(() -> {
            loads.incrementAndGet();
            return new WorkItemIndex(REVISIONS);
        });

        for (int check = 0; check < 10_000; check++) {
            assertThat(list.find("WI-N03", check % 2 == 0 ? JANUARY : JULY)).isPresent();
        }
        list.inForce(JULY);
        list.history("WI-N03");
        assertThat(loads).hasValue(1);

        list.invalidateAfterCompletion(); // outside a transaction: at once
        list.find("WI-N03", JULY);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeIsSeenOnlyAfterItsTransactionButThenAtOnce() {
        List<WorkItem> stored = new ArrayList<>(REVISIONS.subList(0, 1));
        AtomicReference<CachedWorkItemList> list = new AtomicReference<>();
        list.set(new CachedWorkItemList(() -> new WorkItemIndex(List.copyOf(stored))));
        assertThat(list.get().find("WI-N03", JULY)).isEmpty();

        stored.add(REVISIONS.get(1));
        assertThat(list.get().find("WI-N03", JULY)).as("still the snapshot").isEmpty();
        list.get().invalidateAfterCompletion();
        assertThat(list.get().find("WI-N03", JULY)).map(WorkItem::revision).contains(2);
    }

    @Test
    void findsTheRevisionInForceOnTheDay() {
        CachedWorkItemList list = new CachedWorkItemList(() -> new WorkItemIndex(REVISIONS));

        assertThat(list.find("WI-N03", JULY.minusDays(1))).map(WorkItem::revision).contains(1);
        assertThat(list.find("WI-N03", JULY)).map(WorkItem::revision).contains(2);
        assertThat(list.find("WI-N03", JANUARY.minusDays(1))).isEmpty();
        assertThat(list.find("WI-A05", JANUARY.plusDays(9))).isPresent();
        assertThat(list.find("WI-A05", JANUARY.plusDays(10))).as("retired").isEmpty();
        assertThat(list.find("WI-X01", JULY)).isEmpty();
        assertThat(list.history("WI-N03")).extracting(WorkItem::revision).containsExactly(1, 2);
        // Duties, assisting work, negative list; by number within each.
        assertThat(list.inForce(JANUARY)).extracting(WorkItem::code)
                .containsExactly("WI-D01", "WI-D21", "WI-D100", "WI-A05", "WI-N03");
        assertThat(list.inForce(JULY)).extracting(WorkItem::code).containsExactly("WI-D01", "WI-D21", "WI-D100", "WI-N03");
    }

    @Test
    void keywordsAreSplitOnCommasEnumerationCommasAndSpaces() {
        assertThat(WorkItemRules.keywords(" 拆迁,拆违，执法、城市管理；环境整治 \u3000 拆迁 ")).containsExactly(
                "拆迁", "拆违", "执法", "城市管理", "环境整治");
        assertThat(WorkItemRules.keywords("  ")).isEmpty();
        assertThat(WorkItemRules.keywords(null)).isEmpty();
    }
}

package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Responses as providers make them: bad input refused with nothing written, only providers and only eligible ones,
 * only before the deadline, each provider's own bids and files only, and sealed from the buyer until the deadline.
 */
@TongbanTest
@Tag("db")
class BidsTests {

    @Autowired
    Bids bids;
    @Autowired
    ProviderSelection selection;
    @Autowired
    ProviderAdministration providers;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProviderFixtures providerFixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey()).isEqualTo(messageKey);
    }

    private long bidCount() {
        return jdbc.queryForObject("select count(*) from ps_bid", Long.class);
    }

    private static Bids.BidDraft draft(String price, List<Bids.NewFile> files) {
        return new Bids.BidDraft(price, "按月入户探访。", "联系人 0571-88880000", files);
    }

    private static List<Bids.NewFile> pdf() {
        return List.of(new Bids.NewFile("响应文件.pdf", ProjectFixtures.PDF));
    }

    @Test
    void badResponsesAreRefusedWithTheirOwnMessageAndNothingIsWritten() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        long before = bidCount();
        String number = receipt.projectNumber();

        signIn.as(ProjectFixtures.PROVIDER_A, () -> {
            assertRefused(() -> bids.submit(number, draft("300000.01", pdf())),
                    "purchasedservice.error.price-over-budget");
            assertRefused(() -> bids.submit(number, draft("二十万", pdf())), "purchasedservice.error.price-not-number");
            assertRefused(() -> bids.submit(number, draft("200000", List.of())),
                    "purchasedservice.error.bid-files-required");
            assertRefused(() -> bids.submit(number, draft("200000", List.of(new Bids.NewFile("方案.pdf",
                    new byte[] {'M', 'Z', 0, 0})))), "error.file-executable");
            assertRefused(() -> bids.submit(number, new Bids.BidDraft("200000", " ", "联系人", pdf())),
                    "purchasedservice.error.plan-required");
            assertRefused(() -> bids.submit("GM-YX-0000-0000", draft("200000", pdf())),
                    "purchasedservice.error.notice-not-found");
        });

        assertThat(bidCount()).isEqualTo(before);
    }

    @Test
    void onlyEligibleProvidersRespond() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> bids.submit(receipt.projectNumber(),
                draft("200000", pdf()))), "purchasedservice.error.not-provider");
        assertRefused(() -> signIn.as("zhengxue", () -> bids.myBids()), "purchasedservice.error.not-provider");

        ServiceProvider blacklisted = signIn.as(ProjectFixtures.ADMIN, () -> providerFixtures.provider());
        String contact = providerFixtures.contact(blacklisted.code());
        signIn.as(ProjectFixtures.ADMIN, () -> providers.blacklist(blacklisted.code(),
                new ProviderAdministration.BlacklistDraft("上年度绩效评价为差，且拒不整改。", LocalDate.now().minusDays(1),
                        LocalDate.now().plusYears(1))));

        assertThatThrownBy(() -> signIn.as(contact, () -> bids.submit(receipt.projectNumber(),
                draft("200000", pdf())))).isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey())
                .isEqualTo("purchasedservice.provider.ineligible.BLACKLISTED");
        assertThat(fixtures.selection(receipt.id()).bidCount()).isZero();
    }

    @Test
    void eachProviderSeesItsOwnBidsAndFilesAndTheBuyerNothingBeforeTheDeadline() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        Bids.MyBid mine = fixtures.bid(receipt, ProjectFixtures.PROVIDER_A, "280000");
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_B, "260000");
        long fileId = mine.files().get(0).id();

        assertThat(signIn.as(ProjectFixtures.PROVIDER_B, () -> bids.myBids()))
                .allSatisfy(bid -> assertThat(bid.id()).isNotEqualTo(mine.id()));
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> bids.file(fileId)),
                "purchasedservice.error.bid-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> bids.withdraw(mine.id())),
                "purchasedservice.error.bid-forbidden");
        assertThat(signIn.as(ProjectFixtures.PROVIDER_A, () -> bids.file(fileId)).content())
                .isEqualTo(ProjectFixtures.PDF);
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> selection.bidFile(receipt.id(), fileId)),
                "purchasedservice.error.bid-sealed");

        // Changed until the deadline: one bid per provider, its files replaced.
        Bids.MyBid changed = signIn.as(ProjectFixtures.PROVIDER_A, () -> bids.submit(receipt.projectNumber(),
                new Bids.BidDraft("270000", "修改后的方案。", "杨光 13800000017",
                        List.of(new Bids.NewFile("修改方案.pdf", ProjectFixtures.PDF)))));
        assertThat(changed.id()).isEqualTo(mine.id());
        assertThat(changed.files()).extracting(Bids.FileEntry::fileName).containsExactly("修改方案.pdf");
        signIn.as(ProjectFixtures.PROVIDER_A, () -> bids.withdraw(mine.id()));
        assertThat(fixtures.selection(receipt.id()).bidCount()).isEqualTo(1);

        fixtures.fireTimer(receipt);
        assertRefused(() -> fixtures.bid(receipt, ProjectFixtures.PROVIDER_A, "250000"),
                "purchasedservice.error.bids-closed");
        ProviderSelection.SelectionDetail opened = fixtures.selection(receipt.id());
        assertThat(opened.sealed()).isFalse();
        assertThat(opened.bids()).extracting(ProviderSelection.BidEntry::withdrawn).containsExactly(true, false);
    }
}

package org.tongban.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** 办件查询 finds cases by number, name or ID, only within the caller's units and departments, names masked. */
@TongbanTest
@Tag("db")
class CaseSearchTests {

    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<CaseRow> search(String user, CaseQuery query) {
        return signIn.as(user, () -> cases.search(query, 0, 50));
    }

    private static CaseQuery text(String text) {
        return new CaseQuery(text, null, null, null, null, false);
    }

    @Test
    void findsByCaseNumberNameOrIdWithinTheReceivingCommunityOnly() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));

        assertThat(search("wangfang", text(receipt.caseNumber()))).singleElement().satisfies(row -> {
            assertThat(row.applicantName()).isEqualTo("张*");
            assertThat(row.applicantIdNumber()).isEqualTo("110105********002X");
            assertThat(row.status()).isEqualTo(CaseStatus.RECEIVED);
        });
        assertThat(search("wangfang", text("11010519491231002x"))).extracting(CaseRow::caseNumber)
                .contains(receipt.caseNumber());
        assertThat(search("wangfang", text("张"))).extracting(CaseRow::caseNumber).contains(receipt.caseNumber());
        assertThat(search("chenjing", text(receipt.caseNumber()))).as("another community").isEmpty();
        assertThat(search("liuyang", text(receipt.caseNumber()))).as("not yet dispatched to 民政").isEmpty();
        assertThat(signIn.as("chenjing", () -> cases.count(text(receipt.caseNumber())))).isZero();
    }

    @Test
    void theDepartmentSeesTheCaseOnceDispatchedAndFiltersWork() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);

        assertThat(search("liuyang", text(receipt.caseNumber()))).hasSize(1);
        assertThat(search("gaojie", text(receipt.caseNumber()))).as("人社 has nothing to do with it").isEmpty();
        assertThat(search("liuyang", new CaseQuery(receipt.caseNumber(), OneWindowFixtures.DIBAO, CaseStatus.ACCEPTED,
                null, null, false))).hasSize(1);
        assertThat(search("liuyang", new CaseQuery(receipt.caseNumber(), "SI-001", null, null, null, false))).isEmpty();
        assertThat(search("liuyang", new CaseQuery(receipt.caseNumber(), null, null, null, null, true)))
                .as("due in 20 working days: not overdue").isEmpty();
        assertThat(search("liuyang", new CaseQuery("50%_", null, null, null, null, false)))
                .as("wildcards are taken literally").isEmpty();
    }
}

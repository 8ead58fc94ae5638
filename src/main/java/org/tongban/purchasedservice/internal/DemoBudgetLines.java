package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.Directory;
import org.tongban.identity.RunAsStaff;
import org.tongban.purchasedservice.BudgetLines;
import org.tongban.purchasedservice.BudgetLines.BudgetLineDraft;

/**
 * Gives 县民政局 (the demo project manager's department) a purchased-services budget line for this year and next,
 * through the budget-line service as the demo administrator would. Once per code.
 */
@Component
@Order(17)
@ConditionalOnProperty(name = "tongban.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoBudgetLines implements ApplicationRunner {

    static final String DEPARTMENT = "DP-MZ";
    static final String ADMINISTRATOR = "admin";
    private static final String AMOUNT = "2000000";
    private static final Logger log = LoggerFactory.getLogger(DemoBudgetLines.class);

    private final BudgetLines budgetLines;
    private final BudgetLinesRepository repository;
    private final Directory directory;
    private final RunAsStaff runAs;
    private final Clock clock;

    DemoBudgetLines(BudgetLines budgetLines, BudgetLinesRepository repository, Directory directory, RunAsStaff runAs,
                    Clock clock) {
        this.budgetLines = budgetLines;
        this.repository = repository;
        this.directory = directory;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.findStaff(ADMINISTRATOR).isEmpty() || directory.findUnit(DEPARTMENT).isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        runAs.run(ADMINISTRATOR, () -> {
            List<String> seeded = List.of(year, year + 1).stream().map(this::seed).filter(code -> code != null)
                    .toList();
            if (!seeded.isEmpty()) {
                log.info("Seeded demo budget lines {}", seeded);
            }
        });
    }

    private String seed(int year) {
        String code = "YS-MZ-" + year + "-01";
        if (repository.existsByCode(code)) {
            return null;
        }
        budgetLines.create(new BudgetLineDraft(code, DEPARTMENT, year, year + "年社区服务类政府购买服务", AMOUNT));
        return code;
    }
}

package org.tongban.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispatch table of processes/onewindow, evaluated on its own: which department gets which case. */
class OneWindowDispatchTableTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision DISPATCH = parse();

    private static DmnDecision parse() {
        try (InputStream in = OneWindowDispatchTableTests.class.getClassLoader()
                .getResourceAsStream("processes/onewindow/OneWindowDispatch.dmn")) {
            return DMN.parseDecision("OneWindowDispatch", in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} from {1} ({2}) → {4}")
    @CsvSource({
            "SI-004, SD01, PERSON, DP-XX, DP-MZ",
            "SI-005, SD03, PERSON, DP-XX, DP-MZ",
            "SI-008, SD02, PERSON, DP-XX, DP-MZ",
            "SI-009, SD02, ORGANISATION, DP-XX, DP-MZ",
            "SI-010, SD01, PERSON, DP-XX, DP-CL",
            "SI-001, SD01, PERSON, DP-XX, DP-RS",
            "SI-014, SD02, ORGANISATION, DP-XX, DP-RS",
            "SI-003, SD03, PERSON, DP-XX, DP-YB",
            "SI-007, SD01, PERSON, DP-XX, DP-YB",
            // Items without a rule of their own go to the department the catalogue names.
            "SI-013, SD01, PERSON, DP-GA, DP-GA",
            "SI-020, SD03, PERSON, DP-SF, DP-SF",
            // 社会救助 applied for by an organisation has no rule: the catalogue decides.
            "SI-006, SD01, ORGANISATION, DP-MZ, DP-MZ"
    })
    void routesEachItemToItsDepartment(String item, String subdistrict, String applicantKind, String catalogue,
                                       String expected) {
        Map<String, Object> variables = Variables.createVariables().putValue("itemCode", item)
                .putValue("subdistrictCode", subdistrict).putValue("applicantKind", applicantKind)
                .putValue("catalogueDepartment", catalogue);
        assertThat((String) DMN.evaluateDecisionTable(DISPATCH, variables).getSingleResult().getSingleEntry())
                .isEqualTo(expected);
    }
}

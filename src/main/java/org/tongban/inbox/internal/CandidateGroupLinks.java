package org.tongban.inbox.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of a page of tasks in one query. The engine API offers them one task at a time, which made
 * a 50-row page cost 50 round trips; this reads Camunda's identity-link table directly (its 7.x schema is frozen:
 * 7.24 is the last community release).
 */
@Component
class CandidateGroupLinks {

    private static final String SQL = """
            SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK
            WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL AND TASK_ID_ IN (:taskIds)
            ORDER BY TASK_ID_, GROUP_ID_""";

    private final NamedParameterJdbcTemplate jdbc;

    CandidateGroupLinks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<String>> byTask(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.query(SQL, Map.of("taskIds", taskIds), row -> {
            groups.computeIfAbsent(row.getString("TASK_ID_"), task -> new java.util.ArrayList<>()).add(row.getString("GROUP_ID_"));
        });
        return groups;
    }
}

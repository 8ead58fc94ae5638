package org.tongban.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read access to the organisation for other modules (and for the Camunda identity bridge). */
public interface Directory {

    Optional<StaffSummary> findStaff(String username);

    /** Candidate groups (see {@link CandidateGroups}) the user belongs to; empty for unknown or disabled users. */
    Set<String> groupsOf(String username);

    /** Enabled members of a candidate group, by username. */
    List<String> membersOf(String groupId);

    /** Display names by username; unknown usernames map to themselves. */
    Map<String, String> displayNames(Collection<String> usernames);

    /** An organisation unit by code, active or not. */
    Optional<OrgUnitSummary> findUnit(String code);

    /** Every unit of one kind, active or not, in code order: e.g. the departments for a choice list. */
    List<OrgUnitSummary> units(OrgUnitKind kind);

    /** A readable label for a candidate group, e.g. "和平社区 · 社区书记/主任"; the id itself when unknown. */
    String describeGroup(String groupId, Locale locale);
}

package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongban.base.Messages;
import org.tongban.identity.CandidateGroups;

/**
 * The Camunda engine's view of our users and groups, read-only: staff are users, candidate groups of the scheme in
 * {@link CandidateGroups} are groups. Chosen over copying users into Camunda's own tables so that there is one source
 * of truth and nothing to keep in sync; Camunda Admin shows the organisation but cannot change it.
 */
class CamundaIdentityProvider implements ReadOnlyIdentityProvider {

    static final String GROUP_TYPE_WORKFLOW = "WORKFLOW";
    static final String GROUP_TYPE_SYSTEM = "SYSTEM";

    private final IdentityDirectory directory;
    private final StaffMembers staffMembers;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    CamundaIdentityProvider(IdentityDirectory directory, StaffMembers staffMembers, PasswordEncoder passwordEncoder,
                            Clock clock) {
        this.directory = directory;
        this.staffMembers = staffMembers;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    // --- users ---

    @Override
    public User findUserById(String userId) {
        return staffMembers.findByUsername(userId).filter(Staff::isEnabled).map(CamundaIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new StaffUserQuery(commandExecutor());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new StaffUserQuery(null);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Tongban's identity tables.");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        return staffMembers.findByUsername(userId)
                .filter(Staff::isEnabled)
                .filter(staff -> !staff.isLockedAt(LocalDateTime.now(clock)))
                .map(staff -> passwordEncoder.matches(password, staff.getPasswordHash()))
                .orElse(false);
    }

    List<User> findUsers(StaffUserQuery query) {
        if (query.getTenantId() != null) {
            return List.of();
        }
        List<Staff> candidates;
        if (query.getId() != null) {
            candidates = staffMembers.findByUsername(query.getId()).stream().toList();
        } else if (query.getGroupId() != null) {
            candidates = directory.membersOfGroup(query.getGroupId());
        } else {
            candidates = staffMembers.findAll();
        }
        Set<String> ids = query.getIds() == null ? null : Set.of(query.getIds());
        Set<String> potentialStarters = query.potentialStarterDefinitionId() == null ? null
                : potentialStarterUsers(query.potentialStarterDefinitionId());
        return candidates.stream()
                .filter(Staff::isEnabled)
                .filter(staff -> ids == null || ids.contains(staff.getUsername()))
                .filter(staff -> potentialStarters == null || potentialStarters.contains(staff.getUsername()))
                .map(CamundaIdentityProvider::toUser)
                .filter(matches(query.getFirstName(), query.getFirstNameLike(), User::getFirstName))
                .filter(matches(query.getLastName(), query.getLastNameLike(), User::getLastName))
                .filter(matches(query.getEmail(), query.getEmailLike(), User::getEmail))
                .sorted(Comparator.comparing(User::getId))
                .toList();
    }

    private Set<String> potentialStarterUsers(String processDefinitionId) {
        Set<String> users = new HashSet<>();
        for (IdentityLinkEntity link : starterLinks(processDefinitionId)) {
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                users.addAll(directory.membersOf(link.getGroupId()));
            }
        }
        return users;
    }

    private static List<IdentityLinkEntity> starterLinks(String processDefinitionId) {
        CommandContext context = Context.getCommandContext();
        return context == null ? List.of()
                : context.getIdentityLinkManager().findIdentityLinksByProcessDefinitionId(processDefinitionId);
    }

    private static User toUser(Staff staff) {
        UserEntity user = new UserEntity(staff.getUsername());
        user.setFirstName(staff.getDisplayName());
        user.setLastName("");
        user.setEmail("");
        return user;
    }

    // --- groups ---

    @Override
    public Group findGroupById(String groupId) {
        return groupNames().entrySet().stream()
                .filter(entry -> entry.getKey().equals(groupId))
                .findFirst()
                .map(entry -> toGroup(entry.getKey(), entry.getValue()))
                .orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new StaffGroupQuery(commandExecutor());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new StaffGroupQuery(null);
    }

    List<Group> findGroups(StaffGroupQuery query) {
        if (query.getTenantId() != null) {
            return List.of();
        }
        if (query.getUserId() != null) {
            // The hot path: the engine asks for a user's groups on every candidate-user task query.
            List<Group> groups = new ArrayList<>();
            directory.namedGroupsOf(query.getUserId(), Messages.DEFAULT_LOCALE)
                    .forEach((id, name) -> groups.add(toGroup(id, name)));
            return filterGroups(groups, query);
        }
        List<Group> groups = new ArrayList<>();
        groupNames().forEach((id, name) -> groups.add(toGroup(id, name)));
        if (query.potentialStarterDefinitionId() != null) {
            Set<String> starters = new HashSet<>();
            starterLinks(query.potentialStarterDefinitionId()).stream()
                    .map(IdentityLinkEntity::getGroupId).filter(java.util.Objects::nonNull).forEach(starters::add);
            groups.removeIf(group -> !starters.contains(group.getId()));
        }
        return filterGroups(groups, query);
    }

    private static List<Group> filterGroups(List<Group> groups, StaffGroupQuery query) {
        Set<String> ids = query.getIds() == null ? null : Set.of(query.getIds());
        return groups.stream()
                .filter(group -> query.getId() == null || query.getId().equals(group.getId()))
                .filter(group -> ids == null || ids.contains(group.getId()))
                .filter(group -> query.getType() == null || query.getType().equals(group.getType()))
                .filter(matches(query.getName(), query.getNameLike(), Group::getName))
                .sorted(Comparator.comparing(Group::getId))
                .toList();
    }

    private Map<String, String> groupNames() {
        return directory.allGroupNames(Messages.DEFAULT_LOCALE);
    }

    private static Group toGroup(String id, String name) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(CandidateGroups.CAMUNDA_ADMIN.equals(id) ? GROUP_TYPE_SYSTEM : GROUP_TYPE_WORKFLOW);
        return group;
    }

    // --- tenants: Tongban runs one county per installation ---

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(commandExecutor());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery(null);
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // no resources of its own: repositories use the engine's transaction
    }

    /** Camunda's like patterns use % as wildcard; we match case-insensitively. */
    private static <T> Predicate<T> matches(String exact, String like, java.util.function.Function<T, String> field) {
        return item -> {
            String value = Optional.ofNullable(field.apply(item)).orElse("");
            if (exact != null && !exact.equals(value)) {
                return false;
            }
            if (like != null) {
                String regex = java.util.regex.Pattern.quote(like.toLowerCase(Locale.ROOT)).replace("%", "\\E.*\\Q");
                return value.toLowerCase(Locale.ROOT).matches(regex);
            }
            return true;
        };
    }

    /**
     * One page of the results. {@code listPage} run through the command executor passes no {@link Page}: the engine
     * keeps the bounds on the query itself (its first and max results; all results for {@code list}).
     */
    private static <T> List<T> page(List<T> items, Page page, ListQueryParameterObject query) {
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        int from = Math.min(Math.max(first, 0), items.size());
        int to = (int) Math.min((long) from + Math.max(max, 0), items.size());
        return items.subList(from, to);
    }

    /** Queries created outside a command run in their own command, as the engine's own queries do. */
    private static CommandExecutor commandExecutor() {
        return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
    }

    private static CamundaIdentityProvider provider(CommandContext commandContext) {
        return (CamundaIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }

    static final class StaffUserQuery extends UserQueryImpl {

        private static final long serialVersionUID = 1L;

        StaffUserQuery(CommandExecutor executor) {
            super(executor);
        }

        String potentialStarterDefinitionId() {
            return procDefId;
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return provider(commandContext).findUsers(this).size();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(provider(commandContext).findUsers(this), page, this);
        }
    }

    static final class StaffGroupQuery extends GroupQueryImpl {

        private static final long serialVersionUID = 1L;

        StaffGroupQuery(CommandExecutor executor) {
            super(executor);
        }

        String potentialStarterDefinitionId() {
            return procDefId;
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return provider(commandContext).findGroups(this).size();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(provider(commandContext).findGroups(this), page, this);
        }
    }

    static final class NoTenantQuery extends TenantQueryImpl {

        private static final long serialVersionUID = 1L;

        NoTenantQuery(CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}

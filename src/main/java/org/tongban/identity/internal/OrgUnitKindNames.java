package org.tongban.identity.internal;

import java.util.Collection;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.identity.OrgUnitKind;

/**
 * Unit kinds as message arguments that the bundle translates when the message is rendered, so a refusal reads
 * "社区（村）" in Chinese and "community (village)" in English. The administration screens list kinds with them too.
 */
public final class OrgUnitKindNames {

    private OrgUnitKindNames() {
    }

    public static DefaultMessageSourceResolvable of(OrgUnitKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, kind.name());
    }

    /** Several kinds joined in the reader's language: {@code identity.kinds.<n>} joins n names. */
    public static DefaultMessageSourceResolvable list(Collection<OrgUnitKind> kinds) {
        Object[] names = kinds.stream().sorted().map(OrgUnitKindNames::of).toArray();
        return new DefaultMessageSourceResolvable(new String[] {"identity.kinds." + names.length}, names,
                kinds.toString());
    }
}

package org.tongban.identity.internal;

import java.time.Clock;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Plugs {@link CamundaIdentityProvider} into the engine (picked up by the Camunda Spring Boot starter). */
@Component
class CamundaIdentityPlugin extends AbstractProcessEnginePlugin {

    private final IdentityDirectory directory;
    private final StaffMembers staffMembers;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    CamundaIdentityPlugin(IdentityDirectory directory, StaffMembers staffMembers, PasswordEncoder passwordEncoder,
                          Clock clock) {
        this.directory = directory;
        this.staffMembers = staffMembers;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new CamundaIdentityProvider(directory, staffMembers, passwordEncoder, clock);
            }
        });
    }
}

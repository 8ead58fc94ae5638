package org.tongban.inbox.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.tongban.base.ClasspathResources;

/**
 * Deploys everything under {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) as one deployment, each
 * resource named by its classpath path. Camunda's own process-application scan names resources by their place in the
 * archive ({@code BOOT-INF/classes/forms/…} in the packaged jar), which breaks form keys such as
 * {@code camunda-forms:deployment:forms/demo/DemoLeaveRequest.form} there. An unchanged set is not deployed again;
 * any change deploys the whole set, so a process always finds the forms it was deployed with.
 */
@Component
class ProcessResources implements SmartInitializingSingleton {

    static final String DEPLOYMENT_NAME = "tongban";
    private static final Logger log = LoggerFactory.getLogger(ProcessResources.class);
    private static final List<String[]> ROOTS_AND_SUFFIXES = List.of(
            new String[] {"processes/", ".bpmn"}, new String[] {"processes/", ".dmn"}, new String[] {"forms/", ".form"});

    private final RepositoryService repositoryService;

    ProcessResources(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Resource> resources = new LinkedHashMap<>();
        ClassLoader classLoader = ProcessResources.class.getClassLoader();
        for (String[] rootAndSuffix : ROOTS_AND_SUFFIXES) {
            resources.putAll(ClasspathResources.find(rootAndSuffix[0], rootAndSuffix[1], classLoader));
        }
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        resources.forEach((name, resource) -> {
            try (InputStream content = resource.getInputStream()) {
                deployment.addInputStream(name, new ByteArrayInputStream(content.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        });
        DeploymentWithDefinitions deployed = deployment.deployWithResult();
        int newDefinitions = deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size();
        log.info("Process resources: {} file(s); {}", resources.size(), newDefinitions == 0
                ? "unchanged since the last deployment" : "deployed " + newDefinitions + " process definition(s)");
    }
}

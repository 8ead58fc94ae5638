package org.tongban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** Process models read as the Camunda Modeler would: valid, with a shape per node and an edge per flow. */
public final class ProcessModels {

    private ProcessModels() {
    }

    public static InputStream resource(String path) {
        InputStream in = ProcessModels.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    /** Reads and validates a model and checks that the Modeler can draw it: a shape per node, an edge per flow. */
    public static BpmnModelInstance readDrawnModel(String path) {
        BpmnModelInstance model;
        try (InputStream in = resource(path)) {
            model = Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Bpmn.validateModel(model);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getDiagramElement()).as("shape of " + node.getId()).isInstanceOf(BpmnShape.class);
            assertThat(((BpmnShape) node.getDiagramElement()).getBounds()).as("bounds of " + node.getId()).isNotNull();
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(flow.getDiagramElement()).as("edge of " + flow.getId()).isInstanceOf(BpmnEdge.class);
            assertThat(((BpmnEdge) flow.getDiagramElement()).getWaypoints()).as("waypoints of " + flow.getId())
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        return model;
    }

    /** The process and each element exist under these ids: the Java services rely on them. */
    public static void assertIds(BpmnModelInstance model, String processId, String... elementIds) {
        assertThat(model.<BaseElement>getModelElementById(processId)).as(processId).isNotNull();
        for (String id : elementIds) {
            assertThat(model.<BaseElement>getModelElementById(id)).as(id).isNotNull();
        }
    }
}

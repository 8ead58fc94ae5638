package org.tongban.inbox.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a deployed BPMN diagram as SVG on the server from its DI (the shapes and edges the Modeler saved): tasks,
 * events, gateways and flows with their names; steps open now in orange, steps done in green. No JavaScript and no
 * Node build, so it works the same in the packaged app and on a fresh machine.
 */
final class ProcessDiagramSvg {

    private static final String OPEN = "#f59e0b";
    private static final String DONE = "#16a34a";
    private static final String LINE = "#475569";
    private static final int CHARS_PER_LINE = 7;

    private ProcessDiagramSvg() {
    }

    static String render(BpmnModelInstance model, Set<String> open, Set<String> done) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight() + 30);
        }
        if (shapes.isEmpty()) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"></svg>";
        }
        double pad = 20;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" "
                        + "width=\"100%%\" style=\"max-height:520px;font-family:sans-serif\" role=\"img\">",
                minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"" + LINE
                + "\"/></marker></defs>");
        // Expanded sub-processes first, so what they contain is drawn on top of them.
        shapes.stream().filter(shape -> shape.getBpmnElement() instanceof SubProcess)
                .forEach(shape -> shape(svg, shape, open, done));
        for (BpmnEdge edge : edges) {
            List<Waypoint> points = List.copyOf(edge.getWaypoints());
            if (points.size() < 2) {
                continue;
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"1.5\" "
                    + "marker-end=\"url(#arrow)\" points=\"");
            points.forEach(point -> svg.append(String.format(Locale.ROOT, "%.0f,%.0f ", point.getX(), point.getY())));
            svg.append("\"/>");
            if (edge.getBpmnElement() instanceof FlowElement flow && flow.getName() != null) {
                Waypoint first = points.get(0);
                Waypoint second = points.get(1);
                text(svg, flow.getName(), (first.getX() + second.getX()) / 2, (first.getY() + second.getY()) / 2 - 4,
                        10, "#334155");
            }
        }
        shapes.stream().filter(shape -> !(shape.getBpmnElement() instanceof SubProcess))
                .forEach(shape -> shape(svg, shape, open, done));
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, BpmnShape shape, Set<String> open, Set<String> done) {
        Bounds b = shape.getBounds();
        if (!(shape.getBpmnElement() instanceof FlowElement element)) {
            return;
        }
        String id = element.getId();
        String stroke = open.contains(id) ? OPEN : done.contains(id) ? DONE : LINE;
        String fill = open.contains(id) ? "#fef3c7" : done.contains(id) ? "#dcfce7" : "#ffffff";
        double width = open.contains(id) ? 3 : 1.5;
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        String name = element.getName();
        if (element instanceof SubProcess) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\" "
                    + "fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>", b.getX(), b.getY(), b.getWidth(),
                    b.getHeight(), stroke, width));
            if (name != null) {
                text(svg, name, b.getX() + 40, b.getY() + 18, 12, "#0f172a");
            }
        } else if (element instanceof Activity) {
            svg.append(String.format(Locale.ROOT, "<rect data-element=\"%s\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" "
                    + "height=\"%.0f\" rx=\"8\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>", escape(id), b.getX(),
                    b.getY(), b.getWidth(), b.getHeight(), fill, stroke, width));
            if (name != null) {
                List<String> lines = lines(name);
                double top = cy - (lines.size() - 1) * 7.5;
                for (int i = 0; i < lines.size(); i++) {
                    text(svg, lines.get(i), cx, top + i * 15 + 4, 12, "#0f172a");
                }
            }
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" "
                    + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>", cx, b.getY(), b.getX() + b.getWidth(), cy, cx,
                    b.getY() + b.getHeight(), b.getX(), cy, fill, stroke, width));
            if (name != null) {
                text(svg, name, cx, b.getY() - 6, 10, "#334155");
            }
        } else if (element instanceof Event) {
            double strokeWidth = element instanceof EndEvent ? 3 : width;
            String dash = element instanceof BoundaryEvent ? " stroke-dasharray=\"3 2\"" : "";
            svg.append(String.format(Locale.ROOT, "<circle data-element=\"%s\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" "
                    + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>", escape(id), cx, cy, b.getWidth() / 2, fill,
                    stroke, strokeWidth, dash));
            if (name != null) {
                text(svg, name, cx, b.getY() + b.getHeight() + 14, 10, "#334155");
            }
        }
    }

    /** Chinese names wrap by characters: at most {@value #CHARS_PER_LINE} per line, three lines. */
    private static List<String> lines(String name) {
        List<String> lines = new java.util.ArrayList<>();
        for (int start = 0; start < name.length() && lines.size() < 3; start += CHARS_PER_LINE) {
            lines.add(name.substring(start, Math.min(name.length(), start + CHARS_PER_LINE)));
        }
        return lines;
    }

    private static void text(StringBuilder svg, String text, double x, double y, int size, String colour) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"%d\" fill=\"%s\" "
                + "text-anchor=\"middle\">%s</text>", x, y, size, colour, escape(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

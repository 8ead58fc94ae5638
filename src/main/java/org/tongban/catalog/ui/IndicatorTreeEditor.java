package org.tongban.catalog.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplateAdministration;
import org.tongban.catalog.EvaluationTemplateAdministration.IndicatorDraft;
import org.tongban.catalog.Indicator;

/**
 * 指标体系 — a template's indicator tree as the dialog edits it: choose an indicator to change its name, weight, scoring
 * rule and source below the tree; add a level-1 indicator, one below the chosen one or one after it; remove the chosen
 * one with those under it. Each group shows the sum of the weights below it against its own weight, and the level-1
 * weights are summed against 100, in red where they differ, while the administrator types. A new indicator takes the
 * next number under its parent (EI-1.3 after EI-1.2) and no code moves when another is removed, so that an indicator
 * keeps its code from one revision to the next. The service checks everything on save; its refusals about the tree
 * are shown under it.
 */
class IndicatorTreeEditor extends VerticalLayout implements HasValidation {

    private static final String KEY = "catalog.evaluation-templates.";
    private static final String CODE_START = "EI-";

    private final List<Node> roots = new ArrayList<>();
    /** The highest level-1 number given so far, removed ones included. */
    private int highestRoot;
    private final TreeGrid<Node> tree = new TreeGrid<>();
    private final Span total = new Span();
    private final Span error = new Span();
    private final Button addChild;
    private final Button addSibling;
    private final Button remove;
    private final H4 chosenTitle = new H4();
    private final TextField name = new TextField(getTranslation(KEY + "indicator-name"));
    private final BigDecimalField weight = new BigDecimalField(getTranslation(KEY + "weight"));
    private final TextArea scoringRule = new TextArea(getTranslation(KEY + "scoring-rule"));
    private final TextArea source = new TextArea(getTranslation(KEY + "indicator-source"));
    private Node chosen;
    /** While the fields show the chosen indicator, their changes are not the administrator's. */
    private boolean filling;

    /** {@code template}: the revision to start from; null for an empty tree. */
    IndicatorTreeEditor(EvaluationTemplate template) {
        setPadding(false);
        if (template != null) {
            load(template, null, null);
        }

        Button addRoot = button("add-root", VaadinIcon.PLUS, () -> addUnder(null));
        addChild = button("add-child", VaadinIcon.LEVEL_DOWN, () -> addUnder(chosen));
        addSibling = button("add-sibling", VaadinIcon.PLUS_CIRCLE_O, () -> addUnder(chosen.parent));
        remove = button("remove", VaadinIcon.TRASH, this::removeChosen);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        total.setId("evaluation-indicator-total");
        HorizontalLayout toolbar = new HorizontalLayout(addRoot, addChild, addSibling, remove, total);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        tree.setId("evaluation-indicator-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.setHeight("18rem");
        tree.addHierarchyColumn(node -> node.code).setKey("code").setHeader(getTranslation(KEY + "indicator-code"))
                .setFlexGrow(0).setWidth("9rem");
        tree.addColumn(node -> node.name).setKey("name").setHeader(getTranslation(KEY + "indicator-name"))
                .setFlexGrow(2);
        tree.addColumn(node -> node.weight == null ? "" : plain(node.weight)).setKey("weight")
                .setHeader(getTranslation(KEY + "weight")).setFlexGrow(0).setWidth("5rem");
        tree.addColumn(new ComponentRenderer<>(this::childrenSum)).setKey("sum")
                .setHeader(getTranslation(KEY + "children-sum")).setFlexGrow(0).setWidth("7rem");
        tree.addColumn(node -> node.scoringRule).setKey("scoringRule").setHeader(getTranslation(KEY + "scoring-rule"))
                .setFlexGrow(3).setTooltipGenerator(node -> node.scoringRule);
        tree.addSelectionListener(selection -> choose(selection.getFirstSelectedItem().orElse(null)));

        name.setId("evaluation-indicator-name");
        name.setMaxLength(EvaluationTemplateAdministration.INDICATOR_NAME_MAX);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(change -> edit(node -> node.name = change.getValue()));
        weight.setId("evaluation-indicator-weight");
        weight.setHelperText(getTranslation(KEY + "weight-help"));
        weight.setValueChangeMode(ValueChangeMode.LAZY);
        weight.addValueChangeListener(change -> edit(node -> node.weight = change.getValue()));
        scoringRule.setId("evaluation-indicator-rule");
        scoringRule.setMaxLength(EvaluationTemplateAdministration.SCORING_RULE_MAX);
        scoringRule.setHelperText(getTranslation(KEY + "scoring-rule-help"));
        scoringRule.addValueChangeListener(change -> edit(node -> node.scoringRule = change.getValue()));
        source.setId("evaluation-indicator-source");
        source.setMaxLength(EvaluationTemplateAdministration.SOURCE_MAX);
        source.addValueChangeListener(change -> edit(node -> node.source = change.getValue()));
        FormLayout fields = new FormLayout(name, weight, scoringRule, source);
        fields.setColspan(scoringRule, 2);
        fields.setColspan(source, 2);
        chosenTitle.setId("evaluation-indicator-chosen");

        error.setId("evaluation-indicator-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        add(new H4(getTranslation(KEY + "indicators")), new Paragraph(getTranslation(KEY + "editor-help")), toolbar,
                tree, error, chosenTitle, fields);
        rebuild(null);
    }

    /** The tree as the administrator left it, level-1 indicators first. */
    List<IndicatorDraft> indicators() {
        return roots.stream().map(Node::toDraft).toList();
    }

    private Button button(String name, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(KEY + name), icon.create(), click -> action.run());
        button.setId("evaluation-indicator-" + name);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void load(EvaluationTemplate template, String parentCode, Node parent) {
        for (Indicator indicator : template.children(parentCode)) {
            Node node = new Node(indicator.code(), parent);
            node.name = indicator.name();
            node.weight = indicator.weight();
            node.scoringRule = indicator.scoringRule();
            node.source = indicator.source();
            if (parent == null) {
                roots.add(node);
                highestRoot = Math.max(highestRoot, node.number());
            } else {
                parent.children.add(node);
                parent.highestChild = Math.max(parent.highestChild, node.number());
            }
            load(template, indicator.code(), node);
        }
    }

    /** A new indicator at the end of {@code parent}'s (level 1 for null), with the next number, chosen to be named. */
    private void addUnder(Node parent) {
        Node node;
        if (parent == null) {
            node = new Node(CODE_START + (++highestRoot), null);
            roots.add(node);
        } else {
            node = new Node(parent.code + "." + (++parent.highestChild), parent);
            parent.children.add(node);
        }
        rebuild(node);
        name.focus();
    }

    private void removeChosen() {
        Node parent = chosen.parent;
        (parent == null ? roots : parent.children).remove(chosen);
        rebuild(parent);
    }

    private void rebuild(Node select) {
        TreeData<Node> data = new TreeData<>();
        addAll(data, null, roots);
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), EvaluationTemplateAdministration.LEVELS);
        if (select == null) {
            tree.deselectAll();
            choose(null);
        } else {
            tree.select(select);
        }
        showTotal();
    }

    private static void addAll(TreeData<Node> data, Node parent, List<Node> nodes) {
        for (Node node : nodes) {
            data.addItem(parent, node);
            addAll(data, node, node.children);
        }
    }

    /** Shows {@code node}'s fields below the tree; a scoring rule only on level 3, and nothing below level 3. */
    private void choose(Node node) {
        chosen = node;
        filling = true;
        try {
            name.setValue(node == null ? "" : node.name);
            weight.setValue(node == null ? null : node.weight);
            scoringRule.setValue(node == null ? "" : node.scoringRule);
            source.setValue(node == null ? "" : node.source);
        } finally {
            filling = false;
        }
        chosenTitle.setText(node == null ? getTranslation(KEY + "indicator-choose")
                : getTranslation(KEY + "indicator-of", node.code,
                        getTranslation("catalog.evaluation.level." + node.level())));
        name.setEnabled(node != null);
        weight.setEnabled(node != null);
        scoringRule.setEnabled(node != null && node.scored());
        source.setEnabled(node != null);
        addChild.setEnabled(node != null && !node.scored());
        addSibling.setEnabled(node != null);
        remove.setEnabled(node != null);
    }

    /** The administrator changed a field of the chosen indicator: its row, its group's sum and the total follow. */
    private void edit(Consumer<Node> change) {
        if (filling || chosen == null) {
            return;
        }
        change.accept(chosen);
        tree.getDataProvider().refreshItem(chosen);
        if (chosen.parent != null) {
            tree.getDataProvider().refreshItem(chosen.parent);
        }
        showTotal();
    }

    /** A group's weights below against its own, e.g. 14 / 15 in red; nothing on level 3. */
    private Span childrenSum(Node node) {
        Span sum = new Span();
        if (!node.scored()) {
            BigDecimal below = sum(node.children);
            sum.setText(getTranslation(KEY + "sum-of", plain(below),
                    node.weight == null ? "—" : plain(node.weight)));
            colour(sum, node.weight != null && below.compareTo(node.weight) == 0);
        }
        return sum;
    }

    private void showTotal() {
        BigDecimal sum = sum(roots);
        total.setText(getTranslation(KEY + "total", plain(sum), plain(EvaluationTemplateAdministration.TOTAL_WEIGHT)));
        colour(total, sum.compareTo(EvaluationTemplateAdministration.TOTAL_WEIGHT) == 0);
    }

    private static void colour(Span sum, boolean right) {
        sum.getStyle().set("color", right ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        sum.getElement().setAttribute("data-sum", right ? "right" : "wrong");
    }

    private static BigDecimal sum(List<Node> nodes) {
        return nodes.stream().map(node -> node.weight).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** 15 rather than 15.0, 100 rather than 1E+2. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    /** One indicator as edited; the tree tells two apart by identity, not by what they say. */
    private static final class Node implements Serializable {

        private final String code;
        private final Node parent;
        private final List<Node> children = new ArrayList<>();
        /** The highest number given below, removed ones included. */
        private int highestChild;
        private String name = "";
        private BigDecimal weight;
        private String scoringRule = "";
        private String source = "";

        Node(String code, Node parent) {
            this.code = code;
            this.parent = parent;
        }

        int level() {
            return parent == null ? 1 : parent.level() + 1;
        }

        boolean scored() {
            return level() == EvaluationTemplateAdministration.LEVELS;
        }

        /** The last number of the code: 3 of EI-1.2.3; 0 when there is none. */
        int number() {
            String last = code.substring(Math.max(code.lastIndexOf('.'), code.lastIndexOf('-')) + 1);
            return last.matches("\\d{1,9}") ? Integer.parseInt(last) : 0;
        }

        IndicatorDraft toDraft() {
            return new IndicatorDraft(code, name, weight, scoringRule, source,
                    children.stream().map(Node::toDraft).toList());
        }
    }
}

package org.tongban.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.tongban.catalog.EvaluationTemplateAdministration.IndicatorDraft;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateDraft;

/**
 * Template codes of the tests' own (ET-100…ET-999: the seed is ET-01, and two-digit codes are left to the county) and
 * a small valid template to vary one thing of. Tests date their templates in 2001 unless they need today, so that the
 * templates in force now stay the seeded one.
 */
public final class EvaluationTemplateFixtures {

    /** The first day of the tests' own templates. */
    public static final LocalDate START = LocalDate.of(2001, 1, 1);

    private static final int OWN_CODES = 900;
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private EvaluationTemplateFixtures() {
    }

    /** A code that no template has, nor any other test of this run (or of an earlier run on MariaDB). */
    public static String freeCode(EvaluationTemplates templates) {
        int start = ThreadLocalRandom.current().nextInt(OWN_CODES);
        for (int offset = 0; offset < OWN_CODES; offset++) {
            String code = "ET-" + (100 + (start + offset) % OWN_CODES);
            if (templates.history(code).isEmpty() && HANDED_OUT.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free test code ET-100…ET-999 left: recreate the test database");
    }

    /**
     * A valid template of the tests' own:
     * <pre>
     * EI-1   测试：决策 40        EI-1.1 测试：立项 40   EI-1.1.1 测试：依据 25, EI-1.1.2 测试：程序 15
     * EI-2   测试：效益 60        EI-2.1 测试：社会效益 35   EI-2.1.1 测试：改善 35
     *                             EI-2.2 测试：满意度 25     EI-2.2.1 测试：对象满意 12.5, EI-2.2.2 测试：主体满意 12.5
     * </pre>
     */
    public static Draft draft(EvaluationTemplates templates) {
        Draft draft = new Draft(freeCode(templates));
        Node decision = draft.root("EI-1", "测试：决策", "40");
        Node initiation = decision.child("EI-1.1", "测试：立项", "40");
        initiation.leaf("EI-1.1.1", "测试：依据", "25", "依据充分得25分");
        initiation.leaf("EI-1.1.2", "测试：程序", "15", "程序规范得15分");
        Node benefit = draft.root("EI-2", "测试：效益", "60");
        benefit.child("EI-2.1", "测试：社会效益", "35").leaf("EI-2.1.1", "测试：改善", "35", "按改善比例计分");
        Node satisfaction = benefit.child("EI-2.2", "测试：满意度", "25");
        satisfaction.leaf("EI-2.2.1", "测试：对象满意", "12.5", "满意度≥90%得12.5分");
        satisfaction.leaf("EI-2.2.2", "测试：主体满意", "12.5", "满意度≥90%得12.5分");
        return draft;
    }

    /** A draft that repeats {@code template}, to change one thing of it. */
    public static Draft draft(EvaluationTemplate template) {
        Draft draft = new Draft(template.code());
        draft.name = template.name();
        draft.source = template.source();
        draft.effectiveFrom = template.effectiveFrom();
        for (Indicator indicator : template.indicators()) {
            Node node = new Node(indicator.code(), indicator.name(), indicator.weight(), indicator.scoringRule());
            node.source = indicator.source();
            if (indicator.parentCode() == null) {
                draft.roots.add(node);
            } else {
                draft.indicator(indicator.parentCode()).children.add(node);
            }
        }
        return draft;
    }

    /** A mutable template: tests change one thing and build. */
    public static final class Draft {
        public String code;
        public String name = "测试：社区服务项目绩效评价指标";
        public String source = "测试来源";
        public LocalDate effectiveFrom = START;
        public final List<Node> roots = new ArrayList<>();

        Draft(String code) {
            this.code = code;
        }

        public Node root(String code, String name, String weight) {
            Node root = new Node(code, name, new BigDecimal(weight), null);
            roots.add(root);
            return root;
        }

        /** The indicator with {@code code}, wherever it is in the tree. */
        public Node indicator(String code) {
            return find(roots, code);
        }

        /** Takes the indicator with {@code code} out of the tree, with the indicators under it. */
        public void remove(String code) {
            if (!roots.removeIf(node -> node.code.equals(code))) {
                String parent = code.substring(0, code.lastIndexOf('.'));
                indicator(parent).children.removeIf(node -> node.code.equals(code));
            }
        }

        private static Node find(List<Node> nodes, String code) {
            for (Node node : nodes) {
                if (node.code.equals(code)) {
                    return node;
                }
                Node below = find(node.children, code);
                if (below != null) {
                    return below;
                }
            }
            return null;
        }

        public TemplateDraft build() {
            return new TemplateDraft(code, name, roots.stream().map(Node::build).toList(), source, effectiveFrom);
        }
    }

    /** One indicator of a {@link Draft}, with those under it. */
    public static final class Node {
        public String code;
        public String name;
        public BigDecimal weight;
        public String scoringRule;
        public String source;
        public final List<Node> children = new ArrayList<>();

        Node(String code, String name, BigDecimal weight, String scoringRule) {
            this.code = code;
            this.name = name;
            this.weight = weight;
            this.scoringRule = scoringRule;
        }

        public Node child(String code, String name, String weight) {
            Node child = new Node(code, name, new BigDecimal(weight), null);
            children.add(child);
            return child;
        }

        /** Adds a level-3 indicator under this one, and returns this one for the next. */
        public Node leaf(String code, String name, String weight, String scoringRule) {
            Node leaf = new Node(code, name, new BigDecimal(weight), scoringRule);
            children.add(leaf);
            return this;
        }

        IndicatorDraft build() {
            return new IndicatorDraft(code, name, weight, scoringRule, source,
                    children.stream().map(Node::build).toList());
        }
    }
}

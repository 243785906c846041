package nl.betrokken.definitions.parse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.betrokken.definitions.condition.Condition;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks what a show-if refers to: the item exists, is on an earlier page (the page being shown
 * has not been answered yet), is answered once, and the values compared make sense for its type.
 */
final class ConditionReferences {

    private final Node node;
    private final String owner;
    private final Problems problems;
    private final Map<String, Item> items;
    private final Map<String, Integer> pageOfItem;
    private final int pageIndex;

    ConditionReferences(
            Node node,
            String owner,
            Problems problems,
            Map<String, Item> items,
            Map<String, Integer> pageOfItem,
            int pageIndex) {
        this.node = node;
        this.owner = owner;
        this.problems = problems;
        this.items = items;
        this.pageOfItem = pageOfItem;
        this.pageIndex = pageIndex;
    }

    void check(Condition condition) {
        if (condition instanceof Condition.Or or) {
            or.parts().forEach(this::check);
        } else if (condition instanceof Condition.And and) {
            and.parts().forEach(this::check);
        } else if (condition instanceof Condition.Not not) {
            check(not.inner());
        } else if (condition instanceof Condition.Compare compare) {
            checkCompare(compare);
        } else if (condition instanceof Condition.In in) {
            Item item = item(in.item(), in.offset());
            if (item != null && item.type() == ItemType.MULTIPLE_CHOICE) {
                report(in.offset(), "'" + item.id() + "' is a multiple choice; test it with contains");
            } else if (item != null) {
                in.literals().forEach(l -> literal(item, l));
            }
        } else if (condition instanceof Condition.Contains contains) {
            Item item = item(contains.item(), contains.offset());
            if (item != null && item.type() != ItemType.MULTIPLE_CHOICE) {
                report(
                        contains.offset(),
                        "contains is for multiple choice items; '" + item.id() + "' is a "
                                + item.type().code() + " item, so use = or in");
            } else if (item != null) {
                literal(item, contains.literal());
            }
        } else if (condition instanceof Condition.Answered answered) {
            item(answered.item(), answered.offset());
        }
    }

    private void checkCompare(Condition.Compare compare) {
        Item item = item(compare.item(), compare.offset());
        if (item == null) {
            return;
        }
        boolean ordering = compare.operator() != Condition.Operator.EQ && compare.operator() != Condition.Operator.NE;
        if (item.type() == ItemType.MULTIPLE_CHOICE) {
            report(compare.offset(), "'" + item.id() + "' is a multiple choice; test it with contains");
        } else if (ordering && item.type() != ItemType.NUMBER) {
            report(
                    compare.offset(),
                    "'" + item.id() + "' is a " + item.type().code()
                            + " item; <, <=, > and >= compare number items only");
        } else {
            literal(item, compare.literal());
        }
    }

    private Item item(String id, int offset) {
        Item item = items.get(id);
        if (item == null) {
            report(offset, "there is no item '" + id + "'");
            return null;
        }
        int page = pageOfItem.get(id);
        if (page >= pageIndex) {
            report(
                    offset,
                    "'" + id + "' is " + (page == pageIndex ? "on the same page" : "on a later page")
                            + "; a condition can only use answers from earlier pages");
            return null;
        }
        if (item.twoMode()) {
            report(
                    offset,
                    "'" + id + "' is answered in modes (" + String.join(", ", item.modes())
                            + "); conditions can only use items answered once");
            return null;
        }
        if (item.type().isOpenText()) {
            report(offset, "'" + id + "' is an open text item; conditions cannot depend on what people type");
            return null;
        }
        return item;
    }

    private void literal(Item item, Condition.Literal literal) {
        if (item.type() == ItemType.NUMBER) {
            if (literal.number() == null) {
                report(
                        literal.offset(),
                        "'" + item.id() + "' is a number item; compare it with a number, not '" + literal.text() + "'");
            }
            return;
        }
        if (item.allOptions().isEmpty()) {
            return; // the item's own problem (no options) is already reported
        }
        if (item.option(literal.text()).isEmpty()) {
            List<String> answers = item.allOptions().stream().map(o -> o.id()).toList();
            report(
                    literal.offset(),
                    "'" + literal.text() + "' is not an answer of '" + item.id() + "'; its answers are "
                            + answers.stream().collect(Collectors.joining(", ")));
        }
    }

    private void report(int offset, String message) {
        problems.at(node, offset, owner + " show-if: " + message);
    }
}

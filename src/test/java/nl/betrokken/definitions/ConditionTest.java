package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.betrokken.definitions.condition.ConditionParser;
import nl.betrokken.definitions.condition.ConditionSyntaxException;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private final Map<String, Object> answers = new HashMap<>(Map.of(
            "sector",
            "secondary",
            "children",
            new BigDecimal("3"),
            "channels",
            List.of("app", "email"),
            "remark",
            "  "));

    private boolean test(String expression) throws ConditionSyntaxException {
        return ConditionParser.parse(expression).test(answers::get);
    }

    @Test
    void comparesOptionsNumbersAndSets() throws Exception {
        assertTrue(test("sector = secondary"));
        assertTrue(test("sector = 'secondary'"));
        assertFalse(test("sector != secondary"));
        assertTrue(test("sector in (primary, secondary)"));
        assertTrue(test("children >= 3"));
        assertFalse(test("children > 3"));
        assertTrue(test("children = 3.0"));
        assertTrue(test("channels contains app"));
        assertFalse(test("channels contains paper"));
    }

    @Test
    void andBindsBeforeOr() throws Exception {
        assertTrue(test("sector = primary and children > 10 or channels contains email"));
        assertFalse(test("sector = primary and (children > 10 or channels contains email)"));
        assertTrue(test("not sector = primary"));
    }

    @Test
    void anUnansweredItemFailsEveryComparisonButIsNotAnswered() throws Exception {
        assertFalse(test("missing = a"));
        assertFalse(test("missing != a"));
        assertFalse(test("missing in (a, b)"));
        assertFalse(test("missing < 5"));
        assertTrue(test("missing is not answered"));
        assertFalse(test("missing is answered"));
        assertTrue(test("remark is not answered"), "blank text counts as not answered");
        assertTrue(test("sector is answered"));
    }

    @Test
    void reportsReferencesForLoadTimeChecks() throws Exception {
        assertEquals(
                Set.of("sector", "children", "channels"),
                ConditionParser.parse("sector = a or (children < 2 and channels contains app)")
                        .condition()
                        .references());
    }

    @Test
    void rejectsMalformedExpressionsWithTheirPosition() {
        assertEquals(
                7,
                assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("sector == a"))
                        .offset());
        assertEquals(
                11,
                assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("sector = a b"))
                        .offset());
        assertEquals(
                9,
                assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("sector = 'open"))
                        .offset());
        assertEquals(
                0,
                assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("   "))
                        .offset());
        assertEquals(
                15,
                assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("sector in (a, b"))
                        .offset());
        assertEquals(
                11,
                assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("children < many"))
                        .offset());
    }
}

package nl.betrokken.disclosure;

import static nl.betrokken.disclosure.AttackerTest.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.disclosure.Attack.Shown;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading figures out of the service's JSON and the workbook's rows. */
final class Read {

    private Read() {}

    static List<String> keys(Item item) {
        List<String> keys = new ArrayList<>(List.of("*"));
        item.allOptions().forEach(o -> keys.add(o.id()));
        return keys;
    }

    static Shown figure(JsonNode f) {
        Map<String, Long> counts = new HashMap<>();
        if (f.hasNonNull("positive")) {
            counts.put("positive", f.get("positive").asLong());
            counts.put("answered", f.get("answered").asLong());
        }
        return Shown.detailed(
                f.path("suppressed").asBoolean(),
                text(f, "withheld"),
                counts,
                integer(f, "institutions"),
                integer(f, "leftOut"));
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        return JSON.missingNode();
    }

    static Map<String, JsonNode> index(JsonNode array, String field) {
        Map<String, JsonNode> byField = new LinkedHashMap<>();
        array.forEach(node -> byField.put(node.path(field).asText(), node));
        return byField;
    }

    static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(row -> {
            if (row.getRowNum() > 0) {
                rows.add(row);
            }
        });
        return rows;
    }

    static String string(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    static long number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.NUMERIC ? -1 : Math.round(cell.getNumericCellValue());
    }
}

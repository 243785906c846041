package nl.betrokken.monitor.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.betrokken.common.i18n.StaffLanguage;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * The scripts a researcher runs on the wide CSV as downloaded, with one command: SPSS syntax (also
 * GNU PSPP) that reads the CSV itself, labels variables and values, marks "don't know" as missing
 * and saves a .sav; and an R script (base R only) that reads it into a data frame with the coded
 * answers as labelled factors and "don't know" as NA. Both look for the CSV under the name its
 * download has, in the folder they are run from.
 */
final class ResearchScripts {

    /** The columns before the answers, in the order {@link ExportService#wide} writes them. */
    static final List<String> DETAILS = List.of("response", "week", "institution", "institution_sector", "language");

    /** SPSS's longest string variable, in bytes. */
    private static final int SPSS_MAX_STRING = 32767;
    /** Institution names are at most 160 characters (V1 migration). */
    private static final int INSTITUTION_LENGTH = 160;

    private static final String NOT_CHOSEN = "niet gekozen";
    private static final String CHOSEN = "gekozen";

    private ResearchScripts() {}

    /** The file names of the downloads, so the scripts can name the CSV exactly as the browser saved it. */
    static String wideCsv(long waveId) {
        return "wave-" + waveId + "-responses-wide.csv";
    }

    static String spssFile(long waveId) {
        return "wave-" + waveId + "-responses-wide.sps";
    }

    static String savFile(long waveId) {
        return "wave-" + waveId + "-responses-wide.sav";
    }

    static String rFile(long waveId) {
        return "wave-" + waveId + "-responses-wide.R";
    }

    static String rdsFile(long waveId) {
        return "wave-" + waveId + "-responses-wide.rds";
    }

    private static String label(Variables.Variable v) {
        return v.item().text().in(StaffLanguage.CODE)
                + (v.mode() == null ? "" : " [" + v.mode() + "]")
                + (v.option() == null ? "" : ": " + v.option().label().in(StaffLanguage.CODE));
    }

    /** Coded answers: an option's 1-based place (or 0/1 per option of a multiple choice). */
    private static boolean coded(Variables.Variable v) {
        return v.option() != null || v.item().type().hasOptions();
    }

    /** The code that stands for "don't know" / "does not apply", or null. */
    private static Integer missingCode(Variables.Variable v) {
        if (v.option() != null || v.item().notApplicable() == null) {
            return null;
        }
        return Variables.code(v.item(), v.item().notApplicable().id());
    }

    /** The input and print format of a variable in SPSS. */
    static String spssFormat(Variables.Variable v) {
        Item item = v.item();
        if (v.option() != null) {
            return "F1.0";
        }
        if (item.type().hasOptions()) {
            return "F" + Integer.toString(item.allOptions().size()).length() + ".0";
        }
        if (item.type() == ItemType.NUMBER) {
            return "F20.2"; // up to 1e12 with decimals; the data keeps every decimal that was typed
        }
        // UTF-8 takes up to 4 bytes a character, plus the apostrophe that disarms a formula
        int length = item.maxLength() == null ? SPSS_MAX_STRING : item.maxLength();
        return "A" + Math.min(SPSS_MAX_STRING, 4 * length + 1);
    }

    /** SPSS syntax that reads the wide CSV, labels it, marks "don't know" missing and saves a .sav. */
    static void spss(ExportService.Plan plan, Writer writer) throws IOException {
        Questionnaire q = plan.questionnaire();
        long id = plan.waveId();
        List<Variables.Variable> variables = Variables.of(q);
        writer.write('\uFEFF'); // SPSS and PSPP then read the labels as UTF-8
        writer.write("* Betrokken: rows of answers of " + ExportService.spssText(plan.waveName()) + " (" + q.id()
                + " version " + q.version() + "), one row per response.\n");
        writer.write("* Reads " + wideCsv(id) + " (the download 'Antwoorden, een rij per ouder (CSV)', or\n");
        writer.write("* GET /api/exports/waves/" + id + "/responses.csv) from the folder you run this syntax in,\n");
        writer.write("* labels the variables and values, makes 'Weet ik niet' missing and saves " + savFile(id)
                + " there.\n");
        writer.write("* Keep both files in one folder and run it there: pspp " + spssFile(id) + "\n");
        writer.write("* or in SPSS open it and run it all, after CD 'C:/the/folder'. if SPSS starts elsewhere.\n");
        writer.write("* Saved under another name? Change the file name on the FILE HANDLE line below.\n\n");
        writer.write("FILE HANDLE responses /NAME='" + wideCsv(id) + "'.\n");
        writer.write("FILE HANDLE savfile /NAME='" + savFile(id) + "'.\n\n");
        writer.write("GET DATA /TYPE=TXT /FILE=responses /ENCODING='UTF8'\n");
        writer.write("  /ARRANGEMENT=DELIMITED /DELIMITERS=',' /QUALIFIER='\"' /FIRSTCASE=2\n");
        writer.write("  /VARIABLES=\n");
        writer.write("    response F8.0\n");
        writer.write("    week SDATE10\n");
        writer.write("    institution A" + (4 * INSTITUTION_LENGTH + 1) + "\n");
        writer.write("    institution_sector A10\n");
        writer.write("    language A8");
        for (Variables.Variable v : variables) {
            writer.write("\n    " + v.name() + " " + spssFormat(v));
        }
        writer.write(".\n\n");

        writer.write("VARIABLE LABELS\n");
        writer.write("  response 'Nummer van de reactie in deze download'\n");
        writer.write("  week 'Maandag van de week van insturen'\n");
        writer.write("  institution 'School (alleen vanaf genoeg reacties)'\n");
        writer.write("  institution_sector 'Sector van de school'\n");
        writer.write("  language 'Taal van de vragenlijst'");
        for (Variables.Variable v : variables) {
            writer.write("\n  " + v.name() + " '" + ExportService.spssText(label(v)) + "'");
        }
        writer.write(".\n\n");

        List<String> valueLabels = new ArrayList<>();
        for (Variables.Variable v : variables) {
            if (v.option() != null) {
                valueLabels.add(v.name() + " 0 '" + NOT_CHOSEN + "' 1 '" + CHOSEN + "'");
            } else if (v.item().type().hasOptions()) {
                StringBuilder labels = new StringBuilder(v.name());
                for (AnswerOption option : v.item().allOptions()) {
                    labels.append(' ')
                            .append(Variables.code(v.item(), option.id()))
                            .append(" '")
                            .append(ExportService.spssText(option.label().in(StaffLanguage.CODE)))
                            .append('\'');
                }
                valueLabels.add(labels.toString());
            }
        }
        if (!valueLabels.isEmpty()) {
            writer.write("VALUE LABELS\n  " + String.join("\n  /", valueLabels) + ".\n\n");
        }
        for (Variables.Variable v : variables) {
            Integer missing = missingCode(v);
            if (missing != null) {
                writer.write("MISSING VALUES " + v.name() + " (" + missing + ").\n");
            }
        }
        List<String> ordinal = new ArrayList<>();
        List<String> nominal = new ArrayList<>(List.of("institution_sector", "language"));
        for (Variables.Variable v : variables) {
            if (v.option() == null && v.item().type() == ItemType.SCALE) {
                ordinal.add(v.name());
            } else if (coded(v)) {
                nominal.add(v.name());
            }
        }
        if (!ordinal.isEmpty()) {
            writer.write("VARIABLE LEVEL " + String.join(" ", ordinal) + " (ORDINAL).\n");
        }
        writer.write("VARIABLE LEVEL " + String.join(" ", nominal) + " (NOMINAL).\n");
        writer.write("\nSAVE OUTFILE=savfile.\n");
        writer.write("EXECUTE.\n");
    }

    /** An R script (base R) that reads the wide CSV into `responses`, coded answers as labelled factors. */
    static void r(ExportService.Plan plan, Writer writer) throws IOException {
        Questionnaire q = plan.questionnaire();
        long id = plan.waveId();
        List<Variables.Variable> variables = Variables.of(q);
        writer.write("# Betrokken: rows of answers of " + comment(plan.waveName()) + " (" + q.id() + " version "
                + q.version() + "), one row per response.\n");
        writer.write("# Reads " + wideCsv(id) + " (the download 'Antwoorden, een rij per ouder (CSV)', or\n");
        writer.write("# GET /api/exports/waves/" + id + "/responses.csv) from the working directory into the data\n");
        writer.write(
                "# frame `responses`: coded answers become factors with their labels, 'Weet ik niet' becomes NA,\n");
        writer.write("# every column has its question as attribute \"label\". It also saves " + rdsFile(id) + ".\n");
        writer.write("# Keep both files in one folder and run there: Rscript " + rFile(id) + "\n");
        writer.write("# or in R: setwd(\"the/folder\"); source(\"" + rFile(id) + "\"). Base R only.\n\n");
        writer.write("csv_file <- \"" + wideCsv(id) + "\"\n\n");
        writer.write("responses <- read.csv(\n");
        writer.write("  csv_file,\n");
        writer.write("  fileEncoding = \"UTF-8-BOM\", encoding = \"UTF-8\", na.strings = \"\",\n");
        writer.write("  check.names = FALSE, stringsAsFactors = FALSE,\n");
        writer.write("  colClasses = c(\n");
        List<String> classes = new ArrayList<>(List.of(
                "response = \"integer\"",
                "week = \"character\"",
                "institution = \"character\"",
                "institution_sector = \"character\"",
                "language = \"character\""));
        for (Variables.Variable v : variables) {
            String type = coded(v) ? "integer" : v.item().type() == ItemType.NUMBER ? "numeric" : "character";
            classes.add(v.name() + " = \"" + type + "\"");
        }
        writer.write("    " + String.join(",\n    ", classes) + "\n  )\n)\n");
        writer.write("responses$week <- as.Date(responses$week)\n\n");

        writer.write("# coded answers as factors; a code without a level (\"Weet ik niet\") becomes NA\n");
        writer.write("as_answer <- function(codes, levels, labels, ordered = FALSE) {\n");
        writer.write("  factor(codes, levels = levels, labels = labels, ordered = ordered)\n");
        writer.write("}\n");
        for (Variables.Variable v : variables) {
            String column = "responses[[\"" + v.name() + "\"]]";
            if (v.option() != null) {
                writer.write(column + " <- as_answer(" + column + ", c(0L, 1L), c(" + rString(NOT_CHOSEN) + ", "
                        + rString(CHOSEN) + "))\n");
            } else if (v.item().type().hasOptions()) {
                Integer missing = missingCode(v);
                List<String> codes = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (AnswerOption option : v.item().allOptions()) {
                    int code = Variables.code(v.item(), option.id());
                    if (missing != null && code == missing) {
                        continue;
                    }
                    codes.add(code + "L");
                    labels.add(rString(option.label().in(StaffLanguage.CODE)));
                }
                writer.write(column + " <- as_answer(" + column + ", c(" + String.join(", ", codes) + "), c("
                        + String.join(", ", labels) + ")"
                        + (v.item().type() == ItemType.SCALE ? ", ordered = TRUE" : "") + ")\n");
            }
        }
        writer.write("\n# what each column is\n");
        writer.write("labels <- c(\n");
        List<String> labels = new ArrayList<>(List.of(
                "response = " + rString("Nummer van de reactie in deze download"),
                "week = " + rString("Maandag van de week van insturen"),
                "institution = " + rString("School (alleen vanaf genoeg reacties)"),
                "institution_sector = " + rString("Sector van de school"),
                "language = " + rString("Taal van de vragenlijst")));
        for (Variables.Variable v : variables) {
            labels.add(v.name() + " = " + rString(label(v)));
        }
        writer.write("  " + String.join(",\n  ", labels) + "\n)\n");
        writer.write("for (column in names(labels)) attr(responses[[column]], \"label\") <- labels[[column]]\n");
        writer.write("rm(column, labels, as_answer)\n\n");
        writer.write("saveRDS(responses, \"" + rdsFile(id) + "\")\n");
    }

    /**
     * An R string literal that means the same in every encoding R may read the script in: quotes and
     * backslashes escaped, control characters as spaces, everything else outside ASCII as \\u escapes.
     */
    static String rString(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029) {
                s.append(' ');
            } else if (c < 0x7F) {
                s.append((char) c);
            } else if (c <= 0xFFFF) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.append(String.format("\\U{%x}", c));
            }
        });
        return s.append('"').toString();
    }

    /** Text after a # in R: every line terminator becomes a space. */
    static String comment(String text) {
        return text.replaceAll("\\R", " ");
    }
}

package nl.betrokken.definitions.parse;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.condition.ConditionParser;
import nl.betrokken.definitions.condition.ConditionSyntaxException;
import nl.betrokken.definitions.condition.ShowIf;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Audience;
import nl.betrokken.definitions.model.Indicator;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemScale;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Layout;
import nl.betrokken.definitions.model.LocalText;
import nl.betrokken.definitions.model.Mode;
import nl.betrokken.definitions.model.Page;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.model.TagDimension;
import nl.betrokken.definitions.model.Typology;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one definition file strictly: every unknown key, missing text, dangling reference and bad
 * value is reported with its line and column, and a file with any problem yields no questionnaire.
 * The format is documented in survey-definitions/README.md.
 */
public final class DefinitionParser {

    static final String DUTCH = SupportedLanguage.DEFAULT;
    private static final int DEFAULT_TEXT_LENGTH = 200;
    private static final int DEFAULT_LONG_TEXT_LENGTH = 2000;
    private static final int MAX_TEXT_LENGTH = 10_000;

    private static final Set<String> ROOT_KEYS = Set.of(
            "id",
            "version",
            "audience",
            "default-language",
            "languages",
            "awaiting-review",
            "title",
            "description",
            "modes",
            "tags",
            "option-sets",
            "layout",
            "pages",
            "indicators",
            "scales",
            "typology");
    private static final Set<String> MODE_KEYS = Set.of("id", "label");
    private static final Set<String> DIMENSION_KEYS = Set.of("label", "ordered", "values");
    private static final Set<String> TAG_VALUE_KEYS = Set.of("id", "label");
    private static final Set<String> OPTION_SET_KEYS = Set.of("options", "not-applicable");
    private static final Set<String> OPTION_KEYS = Set.of("id", "label", "score");
    private static final Set<String> NOT_APPLICABLE_KEYS = Set.of("id", "label");
    private static final Set<String> PAGE_KEYS = Set.of("id", "title", "intro", "show-if", "modes", "items");
    private static final Set<String> ITEM_KEYS = Set.of(
            "id",
            "type",
            "text",
            "help",
            "required",
            "options",
            "not-applicable",
            "min",
            "max",
            "max-length",
            "modes",
            "tags",
            "show-if");
    private static final Set<String> INDICATOR_KEYS =
            Set.of("id", "label", "description", "items", "positive", "combine", "mode");
    private static final Set<String> SCALE_KEYS = Set.of("id", "label", "items");
    private static final Set<String> TYPOLOGY_KEYS = Set.of("dimension", "positive", "reached-at");

    private final Problems problems;
    private List<String> languages = List.of(DUTCH);
    private final Map<String, Mode> modes = new LinkedHashMap<>();
    private final Map<String, TagDimension> dimensions = new LinkedHashMap<>();
    private final Map<String, OptionSet> optionSets = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Node> itemNodes = new HashMap<>();
    private final Map<String, Integer> pageOfItem = new HashMap<>();

    private DefinitionParser(String file) {
        this.problems = new Problems(file);
    }

    /** The outcome of reading one file: a questionnaire when there are no problems. */
    public record Result(Optional<Questionnaire> questionnaire, List<DefinitionProblem> problems) {}

    public static Result parse(String file, String content) {
        DefinitionParser parser = new DefinitionParser(file);
        Questionnaire questionnaire = parser.read(content);
        List<DefinitionProblem> problems = parser.problems.list();
        return new Result(problems.isEmpty() ? Optional.ofNullable(questionnaire) : Optional.empty(), problems);
    }

    private record OptionSet(List<AnswerOption> options, AnswerOption notApplicable) {}

    private Questionnaire read(String content) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setCodePointLimit(2 * 1024 * 1024);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            problems.at(
                    e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
                    "this is not valid YAML: " + e.getProblem()
                            + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
            return null;
        } catch (YAMLException e) {
            problems.atStart("this is not valid YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.atStart(
                    "the file is empty; a questionnaire needs at least id, version, audience, languages, title and pages");
            return null;
        }
        Fields fields = Fields.of(root, "the questionnaire", ROOT_KEYS, problems);
        if (!(root instanceof MappingNode)) {
            return null;
        }

        String id = Optional.ofNullable(fields.required("id", "give the questionnaire an id such as parent-baseline"))
                .map(n -> Fields.id(n, "id", problems))
                .orElse(null);
        Integer version = Optional.ofNullable(fields.required("version", "start with version: 1"))
                .map(n -> positiveVersion(n))
                .orElse(null);
        Audience audience = Optional.ofNullable(fields.required("audience", "one of " + Audience.codes()))
                .map(this::audience)
                .orElse(null);
        readLanguages(fields);
        String defaultLanguage =
                fields.optional("default-language").map(this::defaultLanguage).orElse(DUTCH);
        List<String> awaitingReview =
                fields.optional("awaiting-review").map(this::awaitingReview).orElse(List.of());

        LocalText title = Optional.ofNullable(fields.required("title", "give a title per language"))
                .map(n -> respondentText(n, "the title"))
                .orElse(LocalText.NONE);
        LocalText description = fields.optional("description")
                .map(n -> respondentText(n, "the description"))
                .orElse(LocalText.NONE);
        fields.optional("modes").ifPresent(this::readModes);
        fields.optional("tags").ifPresent(this::readDimensions);
        fields.optional("option-sets").ifPresent(this::readOptionSets);

        List<Page> pages = Optional.ofNullable(
                        fields.required("pages", "a questionnaire needs at least one page with items"))
                .map(this::readPages)
                .orElse(List.of());
        Layout layout = fields.optional("layout").map(n -> layout(n, pages)).orElse(Layout.PAGES);
        List<Indicator> indicators =
                fields.optional("indicators").map(this::readIndicators).orElse(List.of());
        List<ItemScale> scales = fields.optional("scales").map(this::readScales).orElse(List.of());
        Typology typology = fields.optional("typology").map(this::readTypology).orElse(null);

        if (!problems.isEmpty()) {
            return null;
        }
        return new Questionnaire(
                id,
                version,
                audience,
                defaultLanguage,
                languages,
                awaitingReview,
                title,
                description,
                List.copyOf(modes.values()),
                List.copyOf(dimensions.values()),
                layout,
                pages,
                indicators,
                scales,
                typology);
    }

    // --- metadata

    /** The most items a one-page questionnaire may have: past it, a phone scrolls too long before anything is saved. */
    static final int MOST_ITEMS_ON_ONE_PAGE = 20;

    private Layout layout(Node node, List<Page> pages) {
        String code = Fields.text(node, "layout", problems);
        if (code == null) {
            return null;
        }
        Layout layout = Layout.byCode(code).orElse(null);
        if (layout == null) {
            problems.at(node, "layout '" + code + "' is unknown; use one of " + Layout.codes());
            return null;
        }
        if (layout == Layout.ONE_PAGE) {
            List<String> conditional = new ArrayList<>();
            for (Page page : pages) {
                if (page.showIf() != null) {
                    conditional.add("page " + page.id());
                }
                page.items().stream().filter(item -> item.showIf() != null).forEach(item -> conditional.add(item.id()));
            }
            if (!conditional.isEmpty()) {
                problems.at(
                        node,
                        "layout one-page shows every question at once, also without JavaScript, so no question can"
                                + " depend on another's answer; remove show-if from " + String.join(", ", conditional)
                                + " or use layout: pages");
            }
            long items = pages.stream().mapToLong(p -> p.items().size()).sum();
            if (items > MOST_ITEMS_ON_ONE_PAGE) {
                problems.at(
                        node,
                        "layout one-page is for short lists of at most " + MOST_ITEMS_ON_ONE_PAGE
                                + " items; this one has " + items
                                + ", so use layout: pages (each page is then saved before the next)");
            }
        }
        return layout;
    }

    private Integer positiveVersion(Node node) {
        Integer version = Fields.integer(node, "version", problems);
        if (version != null && version < 1) {
            problems.at(node, "version must be 1 or more, not " + version);
            return null;
        }
        return version;
    }

    private Audience audience(Node node) {
        String code = Fields.text(node, "audience", problems);
        if (code == null) {
            return null;
        }
        return Audience.byCode(code).orElseGet(() -> {
            problems.at(node, "audience '" + code + "' is unknown; use one of " + Audience.codes());
            return null;
        });
    }

    private void readLanguages(Fields fields) {
        Node node = fields.required("languages", "list the languages offered, at least [nl]");
        if (node == null) {
            return;
        }
        Set<String> offered = new LinkedHashSet<>();
        for (Node entry : Fields.list(node, "languages", problems)) {
            String code = Fields.text(entry, "a language", problems);
            if (code == null) {
                continue;
            }
            if (SupportedLanguage.byCode(code).isEmpty()) {
                problems.at(
                        entry,
                        "language '" + code + "' cannot be offered: Betrokken's pages exist in "
                                + String.join(", ", SupportedLanguage.codes())
                                + " only (adding one: survey-definitions/README.md)");
            } else if (!offered.add(code)) {
                problems.at(entry, "language '" + code + "' is listed twice");
            }
        }
        if (!offered.contains(DUTCH)) {
            problems.at(node, "languages must include nl: Dutch is required for every questionnaire");
            offered.add(DUTCH);
        }
        languages = List.copyOf(offered);
    }

    private String defaultLanguage(Node node) {
        String code = Fields.text(node, "default-language", problems);
        if (code != null && !languages.contains(code)) {
            problems.at(node, "default-language '" + code + "' is not in languages " + languages);
            return DUTCH;
        }
        return code == null ? DUTCH : code;
    }

    private List<String> awaitingReview(Node node) {
        List<String> codes = new ArrayList<>();
        for (Node entry : Fields.list(node, "awaiting-review", problems)) {
            String code = Fields.text(entry, "a language", problems);
            if (code == null) {
                continue;
            }
            if (!languages.contains(code)) {
                problems.at(entry, "awaiting-review lists '" + code + "', which is not in languages " + languages);
            } else if (code.equals(DUTCH)) {
                problems.at(entry, "nl is the reference language and cannot await review");
            } else {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    // --- texts

    /** A text respondents see: it must exist in every offered language. */
    private LocalText respondentText(Node node, String what) {
        return text(node, what, languages);
    }

    /** A text for analysts and reports: Dutch is required, the other offered languages are optional. */
    private LocalText analysisText(Node node, String what) {
        return text(node, what, List.of(DUTCH));
    }

    private LocalText text(Node node, String what, List<String> required) {
        if (node instanceof ScalarNode) {
            problems.at(node, what + " must give a text per language, such as  nl: ...  en: ...");
            return LocalText.NONE;
        }
        Fields fields = Fields.dictionary(node, what, problems);
        Map<String, String> texts = new LinkedHashMap<>();
        fields.entries().forEach((language, value) -> {
            if (!languages.contains(language)) {
                problems.at(
                        fields.keyNode(language),
                        what + " has a text in '" + language + "', which is not in languages " + languages
                                + "; add it there or remove the text");
                return;
            }
            String text = Fields.text(value, what + " in '" + language + "'", problems);
            if (text != null) {
                texts.put(language, text);
            }
        });
        if (fields.node() instanceof MappingNode) {
            for (String language : required) {
                if (!fields.has(language)) {
                    problems.at(
                            node,
                            what + " has no '" + language + "' text; every language in 'languages' needs one"
                                    + (language.equals(DUTCH)
                                            ? ""
                                            : " (or remove '" + language + "' from 'languages')"));
                }
            }
        }
        return new LocalText(texts);
    }

    // --- modes, tags, option sets

    private void readModes(Node node) {
        List<Node> entries = Fields.list(node, "modes", problems);
        for (Node entry : entries) {
            Fields fields = Fields.of(entry, "a mode", MODE_KEYS, problems);
            String id = Optional.ofNullable(fields.required("id", null))
                    .map(n -> Fields.id(n, "mode id", problems))
                    .orElse(null);
            LocalText label = Optional.ofNullable(fields.required("label", null))
                    .map(n -> respondentText(n, "mode '" + id + "' label"))
                    .orElse(LocalText.NONE);
            if (id != null && modes.putIfAbsent(id, new Mode(id, label)) != null) {
                problems.at(entry, "mode '" + id + "' is defined twice");
            }
        }
        if (entries.size() == 1) {
            problems.at(node, "modes needs at least two modes (such as current and desired), or none at all");
        }
    }

    private void readDimensions(Node node) {
        Fields all = Fields.dictionary(node, "tags", problems);
        all.entries().forEach((dimensionId, value) -> {
            if (Fields.id(all.keyNode(dimensionId), "tag name", problems) == null) {
                return;
            }
            String what = "tag '" + dimensionId + "'";
            Fields fields = Fields.of(value, what, DIMENSION_KEYS, problems);
            LocalText label = Optional.ofNullable(fields.required("label", null))
                    .map(n -> analysisText(n, what + " label"))
                    .orElse(LocalText.NONE);
            boolean ordered = fields.optional("ordered")
                            .map(n -> Fields.bool(n, what + " ordered", problems))
                            .orElse(false)
                    == Boolean.TRUE;
            List<TagDimension.TagValue> values = new ArrayList<>();
            Node valuesNode = fields.required("values", "list the values items can be tagged with");
            if (valuesNode != null) {
                Set<String> seen = new LinkedHashSet<>();
                for (Node entry : Fields.list(valuesNode, what + " values", problems)) {
                    Fields valueFields = Fields.of(entry, "a value of " + what, TAG_VALUE_KEYS, problems);
                    String id = Optional.ofNullable(valueFields.required("id", null))
                            .map(n -> Fields.id(n, "tag value id", problems))
                            .orElse(null);
                    LocalText valueLabel = Optional.ofNullable(valueFields.required("label", null))
                            .map(n -> analysisText(n, what + " value '" + id + "' label"))
                            .orElse(LocalText.NONE);
                    if (id != null && !seen.add(id)) {
                        problems.at(entry, what + " has the value '" + id + "' twice");
                    } else if (id != null) {
                        values.add(new TagDimension.TagValue(id, valueLabel));
                    }
                }
                if (values.isEmpty() && seen.isEmpty()) {
                    problems.at(valuesNode, what + " has no values");
                }
            }
            dimensions.put(dimensionId, new TagDimension(dimensionId, label, ordered, List.copyOf(values)));
        });
    }

    private void readOptionSets(Node node) {
        Fields all = Fields.dictionary(node, "option-sets", problems);
        all.entries().forEach((setId, value) -> {
            if (Fields.id(all.keyNode(setId), "option set name", problems) == null) {
                return;
            }
            String what = "option set '" + setId + "'";
            Fields fields = Fields.of(value, what, OPTION_SET_KEYS, problems);
            List<AnswerOption> options = Optional.ofNullable(fields.required("options", "list the answers"))
                    .map(n -> readOptions(n, what))
                    .orElse(List.of());
            AnswerOption notApplicable = fields.optional("not-applicable")
                    .map(n -> readNotApplicable(n, what))
                    .orElse(null);
            checkNotApplicableIsNew(notApplicable, options, fields, what);
            optionSets.put(setId, new OptionSet(options, notApplicable));
        });
    }

    private List<AnswerOption> readOptions(Node node, String what) {
        List<Node> entries = Fields.list(node, what + " options", problems);
        if (entries.isEmpty() && node instanceof SequenceNode) {
            problems.at(node, what + " has an empty list of options; give at least two answers");
            return List.of();
        }
        List<AnswerOption> options = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node entry : entries) {
            Fields fields = Fields.of(entry, "an option of " + what, OPTION_KEYS, problems);
            String id = Optional.ofNullable(fields.required("id", null))
                    .map(n -> Fields.id(n, "option id", problems))
                    .orElse(null);
            LocalText label = Optional.ofNullable(fields.required("label", null))
                    .map(n -> respondentText(n, "option '" + id + "' of " + what))
                    .orElse(LocalText.NONE);
            BigDecimal score = fields.optional("score")
                    .map(n -> Fields.decimal(n, "score", problems))
                    .orElse(null);
            if (id != null && !seen.add(id)) {
                problems.at(entry, what + " has the option '" + id + "' twice");
                continue;
            }
            options.add(new AnswerOption(id, label, score == null ? null : score.doubleValue()));
        }
        if (options.size() == 1) {
            problems.at(node, what + " has only one option; give at least two answers");
        }
        return List.copyOf(options);
    }

    private AnswerOption readNotApplicable(Node node, String what) {
        Fields fields = Fields.of(node, "not-applicable of " + what, NOT_APPLICABLE_KEYS, problems);
        String id = Optional.ofNullable(fields.required("id", null))
                .map(n -> Fields.id(n, "option id", problems))
                .orElse(null);
        LocalText label = Optional.ofNullable(fields.required("label", null))
                .map(n -> respondentText(n, "not-applicable of " + what))
                .orElse(LocalText.NONE);
        return new AnswerOption(id, label, null);
    }

    private void checkNotApplicableIsNew(
            AnswerOption notApplicable, List<AnswerOption> options, Fields fields, String what) {
        if (notApplicable != null
                && notApplicable.id() != null
                && options.stream().anyMatch(o -> notApplicable.id().equals(o.id()))) {
            problems.at(
                    fields.optional("not-applicable").orElseThrow(),
                    what + ": not-applicable id '" + notApplicable.id()
                            + "' is also one of the options; give it an id of its own");
        }
    }

    // --- pages and items

    private List<Page> readPages(Node node) {
        List<Node> entries = Fields.list(node, "pages", problems);
        if (entries.isEmpty() && node instanceof SequenceNode) {
            problems.at(node, "pages is empty; a questionnaire needs at least one page with items");
        }
        List<Page> pages = new ArrayList<>();
        Set<String> pageIds = new LinkedHashSet<>();
        List<PendingCondition> conditions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            Node entry = entries.get(index);
            Fields fields = Fields.of(entry, "page " + (index + 1), PAGE_KEYS, problems);
            String id = Optional.ofNullable(fields.required("id", null))
                    .map(n -> Fields.id(n, "page id", problems))
                    .orElse(null);
            String what = "page '" + id + "'";
            if (id != null && !pageIds.add(id)) {
                problems.at(entry, "there are two pages with id '" + id + "'; page ids must be unique");
            }
            LocalText title = Optional.ofNullable(fields.required("title", null))
                    .map(n -> respondentText(n, what + " title"))
                    .orElse(LocalText.NONE);
            LocalText intro = fields.optional("intro")
                    .map(n -> respondentText(n, what + " intro"))
                    .orElse(LocalText.NONE);
            List<String> pageModes =
                    fields.optional("modes").map(n -> readItemModes(n, what)).orElse(List.of());
            ShowIf showIf = fields.optional("show-if")
                    .map(n -> condition(n, index, what, conditions, null))
                    .orElse(null);
            List<Item> pageItems = new ArrayList<>();
            Node itemsNode = fields.required("items", "a page needs at least one item");
            if (itemsNode != null) {
                List<Node> itemEntries = Fields.list(itemsNode, what + " items", problems);
                if (itemEntries.isEmpty() && itemsNode instanceof SequenceNode) {
                    problems.at(itemsNode, what + " has no items");
                }
                for (Node itemNode : itemEntries) {
                    Item item = readItem(itemNode, id, index, pageModes, conditions);
                    if (item != null) {
                        pageItems.add(item);
                    }
                }
            }
            pages.add(new Page(id, title, intro, showIf, List.copyOf(pageItems)));
        }
        conditions.forEach(this::checkCondition);
        return List.copyOf(pages);
    }

    private Item readItem(
            Node node, String pageId, int pageIndex, List<String> pageModes, List<PendingCondition> conditions) {
        Fields fields = Fields.of(node, "an item", ITEM_KEYS, problems);
        String id = Optional.ofNullable(fields.required("id", null))
                .map(n -> Fields.id(n, "item id", problems))
                .orElse(null);
        String what = "item '" + id + "'";
        ItemType type = Optional.ofNullable(fields.required("type", "one of " + ItemType.codes()))
                .map(n -> itemType(n, what))
                .orElse(null);
        LocalText text = Optional.ofNullable(fields.required("text", "the question itself, per language"))
                .map(n -> respondentText(n, what + " text"))
                .orElse(LocalText.NONE);
        LocalText help = fields.optional("help")
                .map(n -> respondentText(n, what + " help"))
                .orElse(LocalText.NONE);
        boolean required = fields.optional("required")
                        .map(n -> Fields.bool(n, what + " required", problems))
                        .orElse(false)
                == Boolean.TRUE;
        List<String> itemModes =
                fields.optional("modes").map(n -> readItemModes(n, what)).orElse(pageModes);
        Map<String, String> tags =
                fields.optional("tags").map(n -> readItemTags(n, what)).orElse(Map.of());

        List<AnswerOption> options = List.of();
        AnswerOption notApplicable = null;
        BigDecimal min = null;
        BigDecimal max = null;
        Integer maxLength = null;
        if (type != null) {
            onlyFor(fields, "options", what, type, ItemType.SCALE, ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE);
            onlyFor(fields, "not-applicable", what, type, ItemType.SCALE);
            onlyFor(fields, "min", what, type, ItemType.NUMBER);
            onlyFor(fields, "max", what, type, ItemType.NUMBER);
            onlyFor(fields, "max-length", what, type, ItemType.TEXT, ItemType.LONG_TEXT);
            switch (type) {
                case YES_NO -> options = yesNo();
                case SCALE, SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    Node optionsNode = fields.required("options", "list the answers or name an option set");
                    if (optionsNode != null) {
                        OptionSet set = itemOptions(optionsNode, what);
                        options = set.options();
                        notApplicable = set.notApplicable();
                    }
                    if (fields.has("not-applicable")) {
                        notApplicable = readNotApplicable(
                                fields.optional("not-applicable").orElseThrow(), what);
                        checkNotApplicableIsNew(notApplicable, options, fields, what);
                    }
                    if (type == ItemType.SCALE) {
                        options = scored(options);
                    }
                }
                case NUMBER -> {
                    min = fields.optional("min")
                            .map(n -> Fields.decimal(n, what + " min", problems))
                            .orElse(null);
                    max = fields.optional("max")
                            .map(n -> Fields.decimal(n, what + " max", problems))
                            .orElse(null);
                    if (min != null && max != null && min.compareTo(max) > 0) {
                        problems.at(
                                fields.optional("min").orElseThrow(),
                                what + ": min " + min.toPlainString() + " is larger than max " + max.toPlainString());
                    }
                }
                case TEXT, LONG_TEXT -> {
                    int fallback = type == ItemType.TEXT ? DEFAULT_TEXT_LENGTH : DEFAULT_LONG_TEXT_LENGTH;
                    maxLength = fields.optional("max-length")
                            .map(n -> Fields.integer(n, what + " max-length", problems))
                            .orElse(fallback);
                    if (maxLength != null && (maxLength < 1 || maxLength > MAX_TEXT_LENGTH)) {
                        problems.at(
                                fields.optional("max-length").orElseThrow(),
                                what + ": max-length must be between 1 and " + MAX_TEXT_LENGTH + ", not " + maxLength);
                    }
                }
                default -> throw new IllegalStateException(type.toString());
            }
            if (type.isOpenText() && !itemModes.isEmpty()) {
                problems.at(
                        node,
                        what + ": open text cannot be answered in modes; remove modes from this item (modes: [])");
            }
        }
        ShowIf showIf = fields.optional("show-if")
                .map(n -> condition(n, pageIndex, what, conditions, id))
                .orElse(null);
        if (id == null || type == null) {
            return null;
        }
        Item item = new Item(
                id,
                pageId,
                type,
                text,
                help,
                required,
                options,
                notApplicable,
                min,
                max,
                maxLength,
                List.copyOf(itemModes),
                tags,
                showIf);
        if (items.putIfAbsent(id, item) != null) {
            problems.at(node, "there are two items with id '" + id + "'; item ids must be unique in the questionnaire");
            return null;
        }
        itemNodes.put(id, node);
        pageOfItem.put(id, pageIndex);
        return item;
    }

    private ItemType itemType(Node node, String what) {
        String code = Fields.text(node, what + " type", problems);
        if (code == null) {
            return null;
        }
        return ItemType.byCode(code).orElseGet(() -> {
            problems.at(node, what + ": type '" + code + "' is unknown; use one of " + ItemType.codes());
            return null;
        });
    }

    private void onlyFor(Fields fields, String key, String what, ItemType type, ItemType... allowed) {
        if (fields.has(key) && !List.of(allowed).contains(type)) {
            problems.at(
                    fields.keyNode(key),
                    what + ": '" + key + "' does not apply to a " + type.code() + " item; it is for "
                            + List.of(allowed).stream().map(ItemType::code).collect(Collectors.joining(", "))
                            + " items");
        }
    }

    private List<AnswerOption> yesNo() {
        Map<String, String> yes = new LinkedHashMap<>();
        Map<String, String> no = new LinkedHashMap<>();
        for (String language : languages) {
            SupportedLanguage supported = SupportedLanguage.byCode(language).orElseThrow();
            yes.put(language, supported.yes());
            no.put(language, supported.no());
        }
        return List.of(
                new AnswerOption("yes", new LocalText(yes), 1.0), new AnswerOption("no", new LocalText(no), 0.0));
    }

    private OptionSet itemOptions(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            OptionSet set = optionSets.get(scalar.getValue());
            if (set == null) {
                problems.at(
                        node,
                        what + ": there is no option set '" + scalar.getValue() + "'"
                                + (optionSets.isEmpty()
                                        ? "; define it under option-sets"
                                        : "; defined sets are " + String.join(", ", optionSets.keySet())));
                return new OptionSet(List.of(), null);
            }
            return set;
        }
        return new OptionSet(readOptions(node, what), null);
    }

    /** Scale points without explicit scores count 1, 2, 3... in the order given. */
    private static List<AnswerOption> scored(List<AnswerOption> options) {
        List<AnswerOption> scored = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            AnswerOption option = options.get(i);
            scored.add(
                    option.score() != null ? option : new AnswerOption(option.id(), option.label(), (double) (i + 1)));
        }
        return List.copyOf(scored);
    }

    private List<String> readItemModes(Node node, String what) {
        List<String> result = new ArrayList<>();
        for (Node entry : Fields.list(node, what + " modes", problems)) {
            String mode = Fields.text(entry, "a mode", problems);
            if (mode == null) {
                continue;
            }
            if (!modes.containsKey(mode)) {
                problems.at(
                        entry,
                        what + ": mode '" + mode + "' is not defined"
                                + (modes.isEmpty()
                                        ? "; define modes at the top of the file"
                                        : "; defined modes are " + String.join(", ", modes.keySet())));
            } else if (result.contains(mode)) {
                problems.at(entry, what + ": mode '" + mode + "' is listed twice");
            } else {
                result.add(mode);
            }
        }
        return List.copyOf(result);
    }

    private Map<String, String> readItemTags(Node node, String what) {
        Fields fields = Fields.dictionary(node, what + " tags", problems);
        Map<String, String> tags = new LinkedHashMap<>();
        fields.entries().forEach((dimensionId, value) -> {
            TagDimension dimension = dimensions.get(dimensionId);
            if (dimension == null) {
                problems.at(
                        fields.keyNode(dimensionId),
                        what + ": tag '" + dimensionId + "' is not declared"
                                + (dimensions.isEmpty()
                                        ? "; declare it under tags at the top of the file"
                                        : "; declared tags are " + String.join(", ", dimensions.keySet())));
                return;
            }
            String tagValue = Fields.text(value, what + " tag " + dimensionId, problems);
            if (tagValue != null && dimension.value(tagValue).isEmpty()) {
                problems.at(
                        value,
                        what + ": '" + tagValue + "' is not a value of tag '" + dimensionId + "'; its values are "
                                + dimension.values().stream()
                                        .map(TagDimension.TagValue::id)
                                        .collect(Collectors.joining(", ")));
            } else if (tagValue != null) {
                tags.put(dimensionId, tagValue);
            }
        });
        return Map.copyOf(tags);
    }

    // --- conditions

    /** A parsed condition whose references can only be checked once every item is known. */
    private record PendingCondition(Node node, ShowIf showIf, int pageIndex, String owner, String ownerItem) {}

    private ShowIf condition(Node node, int pageIndex, String owner, List<PendingCondition> pending, String ownerItem) {
        String expression = Fields.text(node, owner + " show-if", problems);
        if (expression == null) {
            return null;
        }
        try {
            ShowIf showIf = ConditionParser.parse(expression);
            pending.add(new PendingCondition(node, showIf, pageIndex, owner, ownerItem));
            return showIf;
        } catch (ConditionSyntaxException e) {
            problems.at(node, e.offset(), owner + " show-if: " + e.getMessage());
            return null;
        }
    }

    private void checkCondition(PendingCondition pending) {
        new ConditionReferences(pending.node(), pending.owner(), problems, items, pageOfItem, pending.pageIndex())
                .check(pending.showIf().condition());
    }

    // --- indicators, scales, typology

    private List<Indicator> readIndicators(Node node) {
        List<Indicator> indicators = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Node entry : Fields.list(node, "indicators", problems)) {
            Fields fields = Fields.of(entry, "an indicator", INDICATOR_KEYS, problems);
            String id = Optional.ofNullable(fields.required("id", null))
                    .map(n -> Fields.id(n, "indicator id", problems))
                    .orElse(null);
            String what = "indicator '" + id + "'";
            if (id != null && !ids.add(id)) {
                problems.at(entry, "there are two indicators with id '" + id + "'");
            }
            LocalText label = Optional.ofNullable(fields.required("label", null))
                    .map(n -> analysisText(n, what + " label"))
                    .orElse(LocalText.NONE);
            LocalText description = fields.optional("description")
                    .map(n -> analysisText(n, what + " description"))
                    .orElse(LocalText.NONE);
            List<Item> indicatorItems = Optional.ofNullable(fields.required("items", "list the item(s) it counts"))
                    .map(n -> itemReferences(n, what, true))
                    .orElse(List.of());
            Set<String> positive = Optional.ofNullable(
                            fields.required("positive", "list the answers that count as positive"))
                    .map(n -> positiveAnswers(n, what, indicatorItems))
                    .orElse(Set.of());
            Indicator.Combine combine =
                    fields.optional("combine").map(n -> combine(n, what)).orElse(null);
            if (combine == null && indicatorItems.size() > 1 && !fields.has("combine")) {
                problems.at(
                        entry,
                        what + " counts " + indicatorItems.size()
                                + " items; say how a respondent counts as positive with combine: all, any or majority");
            }
            String mode = fields.optional("mode")
                    .map(n -> indicatorMode(n, what, indicatorItems))
                    .orElse(null);
            if (mode == null && !fields.has("mode") && indicatorItems.stream().anyMatch(Item::twoMode)) {
                problems.at(
                        entry,
                        what + " counts items answered in modes; say which with mode: "
                                + String.join(" or ", modes.keySet()));
            }
            indicators.add(new Indicator(
                    id,
                    label,
                    description,
                    indicatorItems.stream().map(Item::id).toList(),
                    positive,
                    combine == null ? Indicator.Combine.ALL : combine,
                    mode));
        }
        return List.copyOf(indicators);
    }

    private List<Item> itemReferences(Node node, String what, boolean needOptions) {
        List<Item> result = new ArrayList<>();
        List<Node> entries = Fields.list(node, what + " items", problems);
        if (entries.isEmpty() && node instanceof SequenceNode) {
            problems.at(node, what + " has no items");
        }
        for (Node entry : entries) {
            String itemId = Fields.text(entry, "an item id", problems);
            if (itemId == null) {
                continue;
            }
            Item item = items.get(itemId);
            if (item == null) {
                problems.at(entry, what + " refers to item '" + itemId + "', which does not exist");
            } else if (needOptions && !item.type().hasOptions()) {
                problems.at(
                        entry,
                        what + " refers to item '" + itemId + "', a "
                                + item.type().code()
                                + " item; only items with answers to pick can be counted as positive");
            } else {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    private Set<String> positiveAnswers(Node node, String what, List<Item> counted) {
        Set<String> positive = new LinkedHashSet<>();
        List<Node> entries = Fields.list(node, what + " positive", problems);
        if (entries.isEmpty() && node instanceof SequenceNode) {
            problems.at(node, what + " has no positive answers");
        }
        for (Node entry : entries) {
            String answer = Fields.text(entry, "an answer id", problems);
            if (answer == null) {
                continue;
            }
            for (Item item : counted) {
                if (item.option(answer).isEmpty()) {
                    problems.at(
                            entry,
                            what + ": '" + answer + "' is not an answer of item '" + item.id() + "'; its answers are "
                                    + item.allOptions().stream()
                                            .map(o -> o.id())
                                            .collect(Collectors.joining(", ")));
                }
            }
            positive.add(answer);
        }
        // Sorted, so the fingerprint of a definition is the same in every run (Set.copyOf iterates in a random order).
        return Collections.unmodifiableSortedSet(new TreeSet<>(positive));
    }

    private Indicator.Combine combine(Node node, String what) {
        String code = Fields.text(node, what + " combine", problems);
        if (code == null) {
            return null;
        }
        return Indicator.Combine.byCode(code).orElseGet(() -> {
            problems.at(node, what + ": combine '" + code + "' is unknown; use all, any or majority");
            return null;
        });
    }

    private String indicatorMode(Node node, String what, List<Item> counted) {
        String mode = Fields.text(node, what + " mode", problems);
        if (mode == null) {
            return null;
        }
        for (Item item : counted) {
            if (!item.modes().contains(mode)) {
                problems.at(
                        node,
                        what + ": item '" + item.id() + "' is not answered in mode '" + mode + "'"
                                + (item.modes().isEmpty()
                                        ? "; remove mode"
                                        : "; its modes are " + String.join(", ", item.modes())));
            }
        }
        return mode;
    }

    private List<ItemScale> readScales(Node node) {
        List<ItemScale> scales = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Node entry : Fields.list(node, "scales", problems)) {
            Fields fields = Fields.of(entry, "a scale", SCALE_KEYS, problems);
            String id = Optional.ofNullable(fields.required("id", null))
                    .map(n -> Fields.id(n, "scale id", problems))
                    .orElse(null);
            String what = "scale '" + id + "'";
            if (id != null && !ids.add(id)) {
                problems.at(entry, "there are two scales with id '" + id + "'");
            }
            LocalText label = Optional.ofNullable(fields.required("label", null))
                    .map(n -> analysisText(n, what + " label"))
                    .orElse(LocalText.NONE);
            List<Item> scaleItems = Optional.ofNullable(fields.required("items", null))
                    .map(n -> itemReferences(n, what, true))
                    .orElse(List.of());
            for (Item item : scaleItems) {
                if (item.type() != ItemType.SCALE) {
                    problems.at(
                            entry,
                            what + ": item '" + item.id() + "' is a "
                                    + item.type().code() + " item; a scale combines scale items");
                }
            }
            if (scaleItems.size() == 1) {
                problems.at(entry, what + " needs at least two items");
            }
            scales.add(
                    new ItemScale(id, label, scaleItems.stream().map(Item::id).toList()));
        }
        return List.copyOf(scales);
    }

    private Typology readTypology(Node node) {
        Fields fields = Fields.of(node, "typology", TYPOLOGY_KEYS, problems);
        String dimensionId = Optional.ofNullable(
                        fields.required("dimension", "name the ordered tag that holds the ladder"))
                .map(n -> Fields.text(n, "typology dimension", problems))
                .orElse(null);
        TagDimension dimension = dimensionId == null ? null : dimensions.get(dimensionId);
        if (dimensionId != null && dimension == null) {
            problems.at(
                    fields.optional("dimension").orElseThrow(), "typology: tag '" + dimensionId + "' is not declared");
        } else if (dimension != null && !dimension.ordered()) {
            problems.at(
                    fields.optional("dimension").orElseThrow(),
                    "typology: tag '" + dimensionId
                            + "' must be declared with ordered: true, because its values form the ladder");
        }
        List<Item> tagged = dimension == null
                ? List.of()
                : items.values().stream()
                        .filter(i -> i.tags().containsKey(dimensionId))
                        .toList();
        if (dimension != null && tagged.isEmpty()) {
            problems.at(node, "typology: no item is tagged with '" + dimensionId + "'");
        }
        Set<String> positive = Optional.ofNullable(
                        fields.required("positive", "list the answers that count for a rung"))
                .map(n -> positiveAnswers(n, "typology", tagged))
                .orElse(Set.of());
        BigDecimal reachedAt = Optional.ofNullable(fields.required(
                        "reached-at", "the share of positive answers (0 to 1) at which a rung counts as reached"))
                .map(n -> Fields.decimal(n, "typology reached-at", problems))
                .orElse(null);
        if (reachedAt != null && (reachedAt.signum() <= 0 || reachedAt.compareTo(BigDecimal.ONE) > 0)) {
            problems.at(
                    fields.optional("reached-at").orElseThrow(),
                    "typology reached-at must be more than 0 and at most 1, not " + reachedAt.toPlainString());
        }
        return new Typology(dimensionId, positive, reachedAt == null ? 0 : reachedAt.doubleValue());
    }
}

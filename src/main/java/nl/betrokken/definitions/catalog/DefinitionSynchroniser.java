package nl.betrokken.definitions.catalog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.parse.DefinitionException;
import nl.betrokken.definitions.parse.DefinitionParser;
import nl.betrokken.definitions.parse.DefinitionProblem;
import org.jboss.logging.Logger;

/**
 * Brings the stored questionnaire versions in line with the files, under the version rules: a new
 * version is stored; an unchanged one stays; a changed one replaces the stored one only while it
 * has no answers. Any problem in any file refuses the whole set, so nothing is half-applied.
 */
@ApplicationScoped
public class DefinitionSynchroniser {

    private static final Logger LOG = Logger.getLogger(DefinitionSynchroniser.class);
    /** Serialises start-ups of several replicas on one database. */
    private static final long LOCK_KEY = 0x6265_7472_6f6b_6b65L;

    @Transactional
    public List<QuestionnaireCatalog.Entry> synchronise(List<DefinitionFile> files) {
        List<ParsedFile> parsed = parseAll(files);
        Panache.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();

        List<DefinitionProblem> problems = new ArrayList<>();
        for (ParsedFile file : parsed) {
            reconcile(file, problems);
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return loadAll(parsed);
    }

    private record ParsedFile(DefinitionFile file, Questionnaire questionnaire, String checksum) {}

    private static List<ParsedFile> parseAll(List<DefinitionFile> files) {
        List<DefinitionProblem> problems = new ArrayList<>();
        List<ParsedFile> parsed = new ArrayList<>();
        Map<String, String> fileOfVersion = new HashMap<>();
        for (DefinitionFile file : files) {
            DefinitionParser.Result result = DefinitionParser.parse(file.name(), file.content());
            problems.addAll(result.problems());
            result.questionnaire().ifPresent(q -> {
                String key = q.id() + " version " + q.version();
                String earlier = fileOfVersion.putIfAbsent(key, file.name());
                if (earlier != null) {
                    problems.add(new DefinitionProblem(
                            file.name(),
                            1,
                            1,
                            "questionnaire '" + q.id() + "' version " + q.version() + " is also defined in " + earlier
                                    + "; give one of them a higher version"));
                } else {
                    parsed.add(new ParsedFile(file, q, DefinitionChecksum.of(q)));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return parsed;
    }

    private void reconcile(ParsedFile file, List<DefinitionProblem> problems) {
        Questionnaire q = file.questionnaire();
        QuestionnaireVersion stored =
                QuestionnaireVersion.find(q.id(), q.version()).orElse(null);
        if (stored == null) {
            stored = new QuestionnaireVersion();
            stored.questionnaireId = q.id();
            stored.version = q.version();
            apply(stored, file);
            stored.persist();
            LOG.infof(
                    "Stored questionnaire %s version %d from %s",
                    q.id(), q.version(), file.file().name());
            return;
        }
        if (stored.checksum.equals(file.checksum()) || sameMeaning(stored, file)) {
            apply(stored, file);
            return;
        }
        if (hasAnswers(stored)) {
            problems.add(new DefinitionProblem(
                    file.file().name(),
                    1,
                    1,
                    "questionnaire '" + q.id() + "' version " + q.version()
                            + " already has answers and its content is different from what they were given to. A questionnaire"
                            + " with answers is never changed in place: raise 'version' to " + (nextVersion(q.id()))
                            + " (version " + q.version()
                            + " stays for the answers already given), or undo the change"));
            return;
        }
        apply(stored, file);
        LOG.infof(
                "Questionnaire %s version %d changed in %s; it has no answers yet, so the stored version is replaced",
                q.id(), q.version(), file.file().name());
    }

    /**
     * A stored checksum may come from an older way of fingerprinting; the stored text, fingerprinted
     * the way this version does it, is what the answers were really given to.
     */
    private static boolean sameMeaning(QuestionnaireVersion stored, ParsedFile file) {
        return DefinitionParser.parse(stored.sourceFile, stored.source)
                .questionnaire()
                .map(DefinitionChecksum::of)
                .filter(file.checksum()::equals)
                .isPresent();
    }

    private static void apply(QuestionnaireVersion stored, ParsedFile file) {
        stored.audience = file.questionnaire().audience().code();
        stored.checksum = file.checksum();
        stored.sourceFile = file.file().name();
        stored.source = file.file().content();
    }

    private static boolean hasAnswers(QuestionnaireVersion stored) {
        return (Boolean) Panache.getEntityManager()
                .createNativeQuery("select exists (select 1 from response where questionnaire_version_id = :id)")
                .setParameter("id", stored.id)
                .getSingleResult();
    }

    private static int nextVersion(String questionnaireId) {
        return QuestionnaireVersion.highestVersionOf(questionnaireId) + 1;
    }

    /** Every stored version: those in the files as just parsed, the older ones re-read from their stored text. */
    private static List<QuestionnaireCatalog.Entry> loadAll(List<ParsedFile> parsed) {
        Map<String, Questionnaire> fromFiles = new HashMap<>();
        parsed.forEach(p ->
                fromFiles.put(p.questionnaire().id() + "@" + p.questionnaire().version(), p.questionnaire()));
        List<QuestionnaireCatalog.Entry> entries = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        for (QuestionnaireVersion stored : QuestionnaireVersion.<QuestionnaireVersion>listAll()) {
            Questionnaire q = fromFiles.get(stored.questionnaireId + "@" + stored.version);
            if (q == null) {
                DefinitionParser.Result result = DefinitionParser.parse(
                        stored.sourceFile + " (stored version " + stored.version + ")", stored.source);
                problems.addAll(result.problems());
                q = result.questionnaire().orElse(null);
            }
            if (q != null) {
                entries.add(new QuestionnaireCatalog.Entry(stored.id, q));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return entries;
    }
}

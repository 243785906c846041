package nl.betrokken.analysis;

import java.util.Collection;
import java.util.List;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.disclosure.Aggregate;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;

/**
 * One statement answered in modes (now and desired; happens and matters): its positive answers and
 * all answers in one mode, as published for a group; zero and not shown when its cell is withheld.
 */
record ModeCount(long positive, long answered, boolean shown) {

    static ModeCount of(WaveFigures figures, List<Unit> group, Item item, String mode, Collection<String> positive) {
        Aggregate answers = figures.distribution(AnswerKey.of(item, mode), group);
        if (!answers.shown()) {
            return new ModeCount(0, 0, false);
        }
        return new ModeCount(positive.stream().mapToLong(answers::count).sum(), answers.count("*"), true);
    }

    double share() {
        return (double) positive / answered;
    }
}

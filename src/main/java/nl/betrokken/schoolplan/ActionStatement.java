package nl.betrokken.schoolplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/**
 * A statement an action is about (a questionnaire's item), with the wave the school read it in when
 * the action was made: the "before" of its follow-up.
 */
@Entity
@Table(name = "school_plan_statement")
@IdClass(ActionStatement.Key.class)
public class ActionStatement extends PanacheEntityBase {

    public record Key(long actionId, String questionnaireId, String itemId) {}

    @Id
    @Column(name = "action_id")
    public long actionId;

    @Id
    @Column(name = "questionnaire_id")
    public String questionnaireId;

    @Id
    @Column(name = "item_id")
    public String itemId;

    @Column(name = "baseline_wave_id")
    public Long baselineWaveId;

    protected ActionStatement() {}

    public ActionStatement(long actionId, StatementRef ref, Long baselineWaveId) {
        this.actionId = actionId;
        this.questionnaireId = ref.questionnaireId();
        this.itemId = ref.itemId();
        this.baselineWaveId = baselineWaveId;
    }

    StatementRef ref() {
        return new StatementRef(questionnaireId, itemId);
    }

    /** The statements of these actions, in the order they were chosen in (questionnaire, then item). */
    static List<ActionStatement> ofActions(Collection<Long> actionIds) {
        return actionIds.isEmpty()
                ? List.of()
                : list("actionId in ?1 order by actionId, questionnaireId, itemId", actionIds);
    }
}

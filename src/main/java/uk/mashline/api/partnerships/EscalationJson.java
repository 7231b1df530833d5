package uk.mashline.api.partnerships;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.api.partnerships.PartnershipJson.SourceView;
import uk.mashline.api.partnerships.PartnershipJson.TextView;
import uk.mashline.knowledge.Deadline;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.Partnership;

import java.time.LocalDate;
import java.util.List;

/** JSON views of an escalation policy and of a stage deadline. */
final class EscalationJson {

    private EscalationJson() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WhoMayEscalateView(String audience, String text, SourceView source) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StageView(int number, @Nullable String parties, @Nullable Integer workingDays,
                     @Nullable Integer cumulativeWorkingDays, @Nullable String timescaleMeans, List<String> mustRecord,
                     @Nullable String notStated, SourceView source) {
        static StageView of(EscalationStage s) {
            return new StageView(s.number(), s.parties(), s.workingDays(), s.cumulativeWorkingDays(),
                    s.timescaleMeans(), s.mustRecord(), s.notStated(), SourceView.of(s.source()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PolicyView(String partnership, String partnershipName, WhoMayEscalateView whoMayEscalate,
                      @Nullable TextView initialDiscussion, List<StageView> stages,
                      @Nullable TextView stagesNotStated, @Nullable TextView doNotDelayRule,
                      TextView pointOfContact, List<TextView> recording, List<TextView> specialCases,
                      List<TextView> notes, TextView complaints) {

        static PolicyView of(Partnership p) {
            EscalationPolicy e = p.escalationPolicy();
            return new PolicyView(p.id(), p.name(),
                    new WhoMayEscalateView(e.whoMayEscalate().audience().name(), e.whoMayEscalate().text(),
                            SourceView.of(e.whoMayEscalate().source())),
                    TextView.of(e.initialDiscussion()),
                    e.stages().stream().map(StageView::of).toList(),
                    TextView.of(e.stagesNotStated()),
                    TextView.of(e.doNotDelayRule()),
                    TextView.of(e.pointOfContact()),
                    TextView.all(e.recording()),
                    TextView.all(e.specialCases()),
                    TextView.all(e.notes()),
                    TextView.of(p.complaints()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NextStageView(int number, @Nullable String parties) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeadlineView(String partnership, int stage, @Nullable String parties, LocalDate raisedOn,
                        @Nullable LocalDate dueBy, @Nullable Integer workingDays, @Nullable String timescaleMeans,
                        @Nullable Integer cumulativeWorkingDays, @Nullable NextStageView nextStage,
                        @Nullable String note, @Nullable TextView doNotDelayRule, SourceView source) {

        static DeadlineView of(Partnership p, Deadline d) {
            EscalationStage stage = p.escalationPolicy().stage(d.stage()).orElseThrow();
            EscalationStage next = d.nextStage();
            return new DeadlineView(p.id(), d.stage(), stage.parties(), d.raisedOn(), d.dueBy(), d.workingDays(),
                    stage.timescaleMeans(), stage.cumulativeWorkingDays(),
                    next == null ? null : new NextStageView(next.number(), next.parties()),
                    d.note(), TextView.of(p.escalationPolicy().doNotDelayRule()), SourceView.of(stage.source()));
        }
    }
}

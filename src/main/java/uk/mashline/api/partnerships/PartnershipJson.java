package uk.mashline.api.partnerships;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.knowledge.ConsentRules;
import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.InformationSharing;
import uk.mashline.knowledge.LevelOfNeed;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PublicReporting;
import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.Timescale;
import uk.mashline.knowledge.WorkingDayCalendar;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** JSON views of a partnership; the domain stays free of serialisation concerns. */
final class PartnershipJson {

    private PartnershipJson() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(String id, String name) {
        static Summary of(Partnership p) {
            return new Summary(p.id(), p.name());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SourceView(String document, String section, String lines, String label) {
        static SourceView of(Source s) {
            return s == null ? null : new SourceView(s.document(), s.section(), s.lines(), s.label());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TextView(String text, SourceView source) {
        static TextView of(SourcedText t) {
            return t == null ? null : new TextView(t.text(), SourceView.of(t.source()));
        }

        static List<TextView> all(List<SourcedText> texts) {
            return texts.stream().map(TextView::of).toList();
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DocumentView(String file, String title, @Nullable String version, @Nullable String issued,
                        @Nullable String reviewDate, @Nullable String expiryDate, @Nullable SourceView currency,
                        @Nullable TextView whereCurrent) {
        static DocumentView of(SourceDocument d) {
            return new DocumentView(d.file(), d.title(), d.version(), d.issued(), d.reviewDate(), d.expiryDate(),
                    SourceView.of(d.currency()), TextView.of(d.whereCurrent()));
        }
    }

    /** Opening hours, with whether the line is open at the moment of the request (null when unknown). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HoursView(String kind, String description, @Nullable Boolean openOnBankHolidays,
                     @Nullable Boolean openNow, @Nullable ZonedDateTime nextOpening) {
        static HoursView of(OpeningHours h, ZonedDateTime now, WorkingDayCalendar calendar) {
            if (!calendar.covers(now.toLocalDate())) {
                return new HoursView(h.kind().name(), h.description(), h.openOnBankHolidays(), null, null);
            }
            OpeningHours.Status status = h.statusAt(now, calendar);
            Boolean open = status == OpeningHours.Status.UNKNOWN ? null : status == OpeningHours.Status.OPEN;
            ZonedDateTime next = Boolean.FALSE.equals(open) ? nextOpeningOrNull(h, now, calendar) : null;
            return new HoursView(h.kind().name(), h.description(), h.openOnBankHolidays(), open, next);
        }

        private static ZonedDateTime nextOpeningOrNull(OpeningHours h, ZonedDateTime now, WorkingDayCalendar calendar) {
            try {
                return h.nextOpening(now, calendar).orElse(null);
            } catch (RuntimeException beyondCalendar) {
                return null;
            }
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ContactView(String kind, String name, @Nullable String phone, @Nullable String email,
                       @Nullable String url, @Nullable String area, @Nullable Boolean acceptsTexts,
                       @Nullable String notes, HoursView hours, SourceView source) {
        static ContactView of(Contact c, ZonedDateTime now, WorkingDayCalendar calendar) {
            return new ContactView(c.kind().name(), c.name(), c.phone(), c.email(), c.url(), c.area(),
                    c.acceptsTexts(), c.notes(), HoursView.of(c.hours(), now, calendar), SourceView.of(c.source()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TimescaleView(String key, String description, @Nullable Integer amount, @Nullable String unit,
                         SourceView source) {
        static TimescaleView of(Timescale t) {
            return new TimescaleView(t.key(), t.description(), t.amount(),
                    t.unit() == null ? null : t.unit().name(), SourceView.of(t.source()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LevelView(int number, String name, String description, Map<String, List<String>> indicators,
                     SourceView source) {
        static LevelView of(LevelOfNeed l) {
            return new LevelView(l.number(), l.name(), l.description(), l.indicatorsByDomain(), SourceView.of(l.source()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PublicReportingView(@Nullable Boolean publicMayContact, TextView publicContact,
                               @Nullable Boolean anonymousReports, TextView anonymity) {
        static PublicReportingView of(PublicReporting r) {
            return new PublicReportingView(r.publicMayContact(), TextView.of(r.publicContact()),
                    r.anonymousReports(), TextView.of(r.anonymity()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ConsentView(List<TextView> rules, List<TextView> exceptions, @Nullable TextView gillickCompetence,
                       @Nullable TextView notStated) {
        static ConsentView of(ConsentRules c) {
            return new ConsentView(TextView.all(c.rules()), TextView.all(c.exceptions()),
                    TextView.of(c.gillickCompetence()), TextView.of(c.notStated()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record InformationSharingView(List<TextView> rules, @Nullable TextView notStated) {
        static InformationSharingView of(InformationSharing i) {
            return new InformationSharingView(TextView.all(i.rules()), TextView.of(i.notStated()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Detail(String id, String name, List<DocumentView> documents, List<String> inboundNumbers,
                  ZonedDateTime asOf, List<ContactView> contacts, List<TextView> mashQuestions,
                  @Nullable TextView mashQuestionsNotStated, List<TimescaleView> timescales,
                  PublicReportingView publicReporting, List<LevelView> levelsOfNeed,
                  @Nullable TextView levelsOfNeedNotStated, ConsentView consent,
                  InformationSharingView informationSharing, TextView complaints, List<GuidanceView> guidance,
                  List<TextView> notes) {

        static Detail of(Partnership p, ZonedDateTime now, WorkingDayCalendar calendar) {
            return new Detail(p.id(), p.name(),
                    p.documents().stream().map(DocumentView::of).toList(),
                    p.inboundNumbers(),
                    now,
                    p.contacts().stream().map(c -> ContactView.of(c, now, calendar)).toList(),
                    TextView.all(p.mashQuestions()),
                    TextView.of(p.mashQuestionsNotStated()),
                    p.timescales().stream().map(TimescaleView::of).toList(),
                    PublicReportingView.of(p.publicReporting()),
                    p.levelsOfNeed().stream().map(LevelView::of).toList(),
                    TextView.of(p.levelsOfNeedNotStated()),
                    ConsentView.of(p.consent()),
                    InformationSharingView.of(p.informationSharing()),
                    TextView.of(p.complaints()),
                    p.guidance().stream().map(GuidanceView::of).toList(),
                    TextView.all(p.notes()));
        }
    }

    /** What a document tells callers on a topic, for whom, and the words that make it relevant. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GuidanceView(List<String> topics, String audience, List<String> mentions, TextView text) {
        static GuidanceView of(Guidance g) {
            return new GuidanceView(g.topics().stream().map(Enum::name).sorted().toList(), g.audience().name(),
                    g.mentions(), TextView.of(g.text()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ErrorView(String message) {
    }
}

package uk.mashline.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.AboutTheLine;
import uk.mashline.dialogue.AreaQuestion;
import uk.mashline.dialogue.NumberCheck;
import uk.mashline.dialogue.AnswerEveryMessage;
import uk.mashline.dialogue.AnswerListener;
import uk.mashline.dialogue.AnswerParser;
import uk.mashline.dialogue.CallerRoleDetector;
import uk.mashline.dialogue.ChildFirstAdvisor;
import uk.mashline.dialogue.ChildTopics;
import uk.mashline.dialogue.ChildUpdates;
import uk.mashline.dialogue.ClarifyAdvisor;
import uk.mashline.dialogue.ComplaintAdvisor;
import uk.mashline.dialogue.ComplaintOrDisagreement;
import uk.mashline.dialogue.ConsentAdvisor;
import uk.mashline.dialogue.ConsultationAdvisor;
import uk.mashline.dialogue.ContextQuestions;
import uk.mashline.dialogue.Conversation;
import uk.mashline.dialogue.ConversationStore;
import uk.mashline.dialogue.DirectQuestions;
import uk.mashline.dialogue.DisclosureAdvisor;
import uk.mashline.dialogue.DisclosureDetector;
import uk.mashline.dialogue.EarlyHelpAdvisor;
import uk.mashline.dialogue.EscalationAdvisor;
import uk.mashline.dialogue.FamilyFollowUps;
import uk.mashline.dialogue.FlowCatalog;
import uk.mashline.dialogue.FlowEngine;
import uk.mashline.dialogue.FollowUpAdvisor;
import uk.mashline.dialogue.FrontDoorAdvisor;
import uk.mashline.dialogue.HandleInboundMessage;
import uk.mashline.dialogue.HandoffAdvisor;
import uk.mashline.dialogue.HelpCame;
import uk.mashline.dialogue.HelpNow;
import uk.mashline.dialogue.ImmediateRiskAdvisor;
import uk.mashline.dialogue.IndicatorMatcher;
import uk.mashline.dialogue.LanguageGate;
import uk.mashline.dialogue.LateTurns;
import uk.mashline.dialogue.MinorIllness;
import uk.mashline.dialogue.MorePages;
import uk.mashline.dialogue.NationalHelp;
import uk.mashline.dialogue.OnlineFollowUps;
import uk.mashline.dialogue.PatternFile;
import uk.mashline.dialogue.ReplyReader;
import uk.mashline.dialogue.ReportConcernAdvisor;
import uk.mashline.dialogue.Route;
import uk.mashline.dialogue.RouteAdvisor;
import uk.mashline.dialogue.RouteOverrides;
import uk.mashline.dialogue.SafetyReply;
import uk.mashline.dialogue.SelfHarmCare;
import uk.mashline.dialogue.Shortcut;
import uk.mashline.dialogue.StaffAttention;
import uk.mashline.dialogue.StaffPresence;
import uk.mashline.dialogue.StageTakenTo;
import uk.mashline.dialogue.SurvivorOpening;
import uk.mashline.dialogue.TooLateToReport;
import uk.mashline.dialogue.TimeLimitedClassifier;
import uk.mashline.dialogue.TurnJournal;
import uk.mashline.dialogue.TurnRecorder;
import uk.mashline.dialogue.WhoseHarm;
import uk.mashline.dialogue.YoungPersonsConsent;
import uk.mashline.dialogue.Wording;
import uk.mashline.knowledge.NationalHelplines;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.knowledge.WeeklyWindow;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.SlotExtractor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Builds the plain-Java conversation engine from configuration and the adapters' beans. */
@Factory
class DialogueFactory {

    @Singleton
    Wording wording() {
        return Wording.fromClasspath("dialogue/wording.properties");
    }

    @Singleton
    NationalHelp nationalHelp(Wording wording, NationalHelplines helplines) {
        // each file names harms a national service takes: online sexual abuse of a child (CEOP, Report Remove),
        // domestic abuse told by the adult living with it (the National Domestic Abuse Helpline), a forced marriage (the
        // Forced Marriage Unit), female genital mutilation (the NSPCC's FGM helpline), a child living with people who are
        // not family (what private fostering is); and a relative bringing up a child who asks about money or support (the
        // Family Rights Group's advice line, where no document says what help there is)
        List<PatternFile.Labelled> cues = new ArrayList<>(PatternFile.labelledFromClasspath("dialogue/online-images.tsv"));
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/domestic-abuse.tsv"));
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/forced-marriage.tsv"));
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/fgm.tsv"));
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/private-fostering.tsv"));
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/kinship-care.tsv"));
        // a child used to carry or sell drugs for others, its signs told (Crimestoppers, who take it without a name)
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/criminal-exploitation.tsv"));
        // a young person's signs of sexual exploitation: gifts, lifts or alcohol from older "friends" beside going missing
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/sexual-exploitation.tsv"));
        // threats from another player in an online game, asked about by a parent (screenshots, block and report, 101)
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/game-threats.tsv"));
        // a child under 16 in a sexual relationship, an older partner above all (the law and the power imbalance; adults only)
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/older-partner.tsv"));
        // and abuse in an adult's own childhood (the police, who take reports of abuse however long ago)
        cues.addAll(PatternFile.labelledFromClasspath("dialogue/non-recent-abuse.tsv"));
        return new NationalHelp(wording, helplines, cues, PatternFile.fromClasspath("dialogue/marriage-abroad.txt"),
                PatternFile.fromClasspath("dialogue/marriage-family.txt"));
    }

    @Singleton
    HelpNow helpNow(Wording wording, WorkingDayCalendar calendar, NationalHelp national, DialogueSettings settings) {
        DialogueSettings.UsualOfficeHours usual = settings.usualOfficeHours();
        return new HelpNow(wording, calendar, WeeklyWindow.mondayToFriday(usual.opens(), usual.closes()), national);
    }

    @Singleton
    Conversation conversation(Wording wording, HelpNow helpNow, NationalHelp national, WorkingDayCalendar calendar,
                              IntentClassifier classifier, StaffPresence staff) {
        // the threshold belongs to the model it was chosen for (nlu/nlu.properties)
        double threshold = classifier.confidenceThreshold();
        AnswerParser answers = new AnswerParser();
        CallerRoleDetector roles = CallerRoleDetector.fromClasspath("dialogue/caller-roles.tsv");
        HandoffAdvisor handoff = new HandoffAdvisor(wording, helpNow, staff, national,
                PatternFile.fromClasspath("dialogue/own-low-mood.txt"), PatternFile.fromClasspath("dialogue/talk-now.txt"),
                PatternFile.fromClasspath("dialogue/writes-as-parent.txt"),
                PatternFile.labelledFromClasspath("dialogue/foster-carer.tsv"),
                PatternFile.fromClasspath("dialogue/adult-age.txt"));
        RouteOverrides overrides = RouteOverrides.fromClasspath(RouteOverrides.DEFAULT_FILE);
        Map<Route, RouteAdvisor> advisors = new EnumMap<>(Route.class);
        ReportConcernAdvisor reportConcern = new ReportConcernAdvisor(wording, helpNow, national, overrides);
        WhoseHarm whose = WhoseHarm.fromClasspath(WhoseHarm.DEFAULT_FILE);
        DisclosureDetector disclosures = DisclosureDetector.fromClasspath(DisclosureDetector.DEFAULT_FILE);
        SelfHarmCare care = new SelfHarmCare(wording, national,
                PatternFile.labelledFromClasspath("dialogue/self-harm-care.txt"), whose);
        HelpCame helpCame = HelpCame.fromClasspath(HelpCame.DEFAULT_FILE);
        // one reading of the children's topics, for the danger answer, the disclosure advisor and the child-first answers
        ChildTopics childTopics = ChildTopics.fromClasspath(ChildTopics.DEFAULT_FILE);
        advisors.put(Route.IMMEDIATE_RISK, new ImmediateRiskAdvisor(wording, helpNow, national,
                PatternFile.fromClasspath("dialogue/cannot-speak.txt"), whose, disclosures,
                helpCame,
                PatternFile.labelledFromClasspath("dialogue/self-harm-thoughts.txt"), care, childTopics));
        advisors.put(Route.REPORT_CONCERN, reportConcern);
        advisors.put(Route.EARLY_HELP, new EarlyHelpAdvisor(wording, helpNow,
                PatternFile.fromClasspath("dialogue/child-carer.txt"),
                PatternFile.labelledFromClasspath("dialogue/early-help-asks.tsv")));
        advisors.put(Route.CONSULTATION, new ConsultationAdvisor(wording, helpNow, new IndicatorMatcher(),
                PatternFile.fromClasspath("dialogue/asks-levels.txt"), overrides));
        advisors.put(Route.ESCALATION, new EscalationAdvisor(wording, helpNow, calendar, national,
                DirectQuestions.contactAskedInside(), PatternFile.fromClasspath("dialogue/asks-process.txt"),
                PatternFile.fromClasspath("dialogue/past-the-talk.txt"),
                PatternFile.fromClasspath("dialogue/asks-meantime.txt"),
                PatternFile.labelledFromClasspath("dialogue/foster-carer.tsv")));
        advisors.put(Route.CONSENT_INFO_SHARING, new ConsentAdvisor(wording, helpNow,
                PatternFile.fromClasspath("dialogue/asks-agree.txt"),
                PatternFile.labelledFromClasspath("dialogue/consent-asked.txt")));
        advisors.put(Route.COMPLAINT, new ComplaintAdvisor(wording, helpNow, national,
                PatternFile.fromClasspath("dialogue/complaint-about-school.txt"),
                PatternFile.fromClasspath("dialogue/complaint-about-childcare.txt"),
                PatternFile.fromClasspath("dialogue/complaint-safety.txt")));
        advisors.put(Route.HUMAN_HANDOFF, handoff);
        advisors.put(Route.GREETING, new FrontDoorAdvisor(wording, helpNow, Route.GREETING, "greeting"));
        advisors.put(Route.GOODBYE, new FrontDoorAdvisor(wording, helpNow, Route.GOODBYE, "goodbye"));
        advisors.put(Route.OUT_OF_SCOPE, new FrontDoorAdvisor(wording, helpNow, Route.OUT_OF_SCOPE, "outofscope",
                PatternFile.fromClasspath("dialogue/adult-at-risk.txt"),
                PatternFile.fromClasspath("dialogue/police-matter.txt"), PatternFile.fromClasspath("dialogue/family-law.txt"),
                national));
        RouteAdvisor stop = new FrontDoorAdvisor(wording, helpNow, Route.GOODBYE, "sms.stop");
        RouteAdvisor help = new FrontDoorAdvisor(wording, helpNow, Route.GREETING, "sms.help");
        RouteAdvisor start = new FrontDoorAdvisor(wording, helpNow, Route.GREETING, "sms.start");
        Map<String, RouteAdvisor> keywords = Map.of("stop", stop, "stopall", stop, "unsubscribe", stop, "cancel", stop,
                "end", stop, "quit", stop, "help", help, "info", help, "start", start, "unstop", start);
        ReplyReader replies = new ReplyReader(answers);
        FlowCatalog flows = FlowCatalog.fromClasspath(FlowCatalog.DEFAULT_FILE, wording);
        // a child is spoken to as a child on every route but danger and a person asked for (whose advisors do so
        // themselves) and the greetings; on escalation once the flow knows a child is writing (flows.yml asks a child
        // nothing more)
        for (Route route : List.of(Route.REPORT_CONCERN, Route.EARLY_HELP, Route.CONSULTATION, Route.ESCALATION,
                Route.CONSENT_INFO_SHARING, Route.COMPLAINT, Route.OUT_OF_SCOPE)) {
            advisors.put(route, new ChildFirstAdvisor(advisors.get(route), wording, helpNow, national,
                    overrides::youngCarer, overrides::childAboutStaff, text -> whose.aboutAFriend(text).orElse(false),
                    childTopics));
        }
        return new Conversation(advisors, new ClarifyAdvisor(wording, handoff, helpNow,
                PatternFile.fromClasspath("dialogue/hesitant.txt"),
                PatternFile.fromClasspath("dialogue/asks-what-about.txt")), answers, roles, threshold, keywords,
                flows, new FlowEngine(wording, replies), replies,
                harm(wording, helpNow, national, reportConcern, whose, disclosures, care, childTopics, handoff, helpCame,
                        overrides, calendar),
                DirectQuestions.fromClasspath(DirectQuestions.DEFAULT_FILE, wording, national),
                overrides,
                StageTakenTo.fromClasspath(StageTakenTo.DEFAULT_FILE));
    }

    private static Conversation.Harm harm(Wording wording, HelpNow helpNow, NationalHelp national,
                                          ReportConcernAdvisor reportConcern, WhoseHarm whose,
                                          DisclosureDetector disclosures, SelfHarmCare care,
                                          ChildTopics childTopics, HandoffAdvisor handoff, HelpCame helpCame,
                                          RouteOverrides overrides, WorkingDayCalendar calendar) {
        DisclosureAdvisor disclosure = new DisclosureAdvisor(wording, helpNow, national, reportConcern,
                PatternFile.fromClasspath("dialogue/safe-now.txt"), PatternFile.labelledFromClasspath("dialogue/safe-now-adult.txt"),
                PatternFile.fromClasspath("dialogue/child-already-told.txt"),
                ChildUpdates.fromClasspath(ChildUpdates.DEFAULT_FILE),
                text -> disclosures.detect(text).filter(DisclosureDetector.OLDER_PARTNER::equals).isPresent(),
                childTopics);
        FollowUpAdvisor followUps = FollowUpAdvisor.fromClasspath(FollowUpAdvisor.DEFAULT_FILE, wording, disclosure, helpNow);
        return new Conversation.Harm(disclosures, disclosure, followUps,
                ContextQuestions.fromClasspath(ContextQuestions.DEFAULT_FILE, wording, national, followUps::afterManners,
                        overrides::asks, java.util.Optional.of(calendar)),
                OnlineFollowUps.fromClasspath(OnlineFollowUps.DEFAULT_FILE, wording, national), whose,
                FamilyFollowUps.fromClasspath(FamilyFollowUps.DEFAULT_FILE, wording, helpNow, national), care, handoff,
                helpCame);
    }

    @Singleton
    SafetyReply safetyReply(Wording wording, HelpNow helpNow) {
        return new SafetyReply(wording, helpNow);
    }

    /**
     * The one answering pipeline. Turns on a bounded pool of their own ({@link TurnExecutors}): one that finds it
     * full gets the safety reply at once. The safety replies, and the late turns' answers, are journalled and given on
     * one thread of their own ({@code micronaut.executors.journal-writes}), so they never queue behind the turns (a
     * hanging database holds a thread a turn); deadlines on a scheduler of their own
     * ({@code micronaut.executors.turn-deadlines}), so no other scheduled job (a replay waiting on the database)
     * delays one.
     */
    @Singleton
    AnswerEveryMessage answerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                                          PartnershipDirectory partnerships, @Named("turns") ExecutorService executor,
                                          @Named("turn-deadlines") ExecutorService deadlines,
                                          @Named("journal-writes") ExecutorService journalWrites,
                                          DialogueSettings settings, Clock clock, LanguageGate languageGate,
                                          AnswerListener listener) {
        return new AnswerEveryMessage(handler, safety, journal, partnerships, executor, scheduler(deadlines),
                settings.turnTimeLimit(), clock, languageGate, listener, journalWrites);
    }

    // Micronaut declares every configured executor as an ExecutorService (and may wrap it to carry the
    // request's context); a scheduled one is still a ScheduledExecutorService. It runs one sweep of the turns'
    // deadlines at a time (dialogue.TurnDeadlines), not a task a turn; a cancelled task leaves the queue at once
    // where the pool allows it.
    private static ScheduledExecutorService scheduler(ExecutorService executor) {
        if (!(executor instanceof ScheduledExecutorService scheduler)) {
            throw new IllegalStateException("micronaut.executors.turn-deadlines must be of type scheduled");
        }
        if (scheduler instanceof ScheduledThreadPoolExecutor pool) {
            pool.setRemoveOnCancelPolicy(true);
        }
        return scheduler;
    }

    @Singleton
    HandleInboundMessage handleInboundMessage(PartnershipDirectory partnerships, IntentClassifier classifier,
                                              SlotExtractor slotExtractor, ConversationStore store, Conversation conversation, Clock clock,
                                              Wording wording, LanguageGate languageGate, HelpNow helpNow,
                                              NationalHelp national,
                                              @Named("classifier") ExecutorService classifying,
                                              DialogueSettings settings, StaffAttention attention) {
        CallerRoleDetector roles = CallerRoleDetector.fromClasspath("dialogue/caller-roles.tsv");
        List<Shortcut> shortcuts = List.of(MorePages.fromClasspath("dialogue/more-requests.txt", wording),
                // facts-45: a typed number asked about, before the line's own questions read "number" in it
                NumberCheck.fromClasspath(wording, helpNow, national),
                new AboutTheLine(PatternFile.fromClasspath("dialogue/about-the-line.txt"),
                        PatternFile.fromClasspath("dialogue/for-young-people.txt"),
                        PatternFile.labelledFromClasspath("dialogue/line-questions.tsv"),
                        PatternFile.fromClasspath("dialogue/own-child-age.txt"), wording, helpNow, national, roles),
                AreaQuestion.fromClasspath(wording, helpNow, national, roles),
                new ComplaintOrDisagreement(PatternFile.fromClasspath("dialogue/complaint-or-disagreement.txt"), wording,
                        roles),
                new SurvivorOpening(PatternFile.fromClasspath("dialogue/survivor-openers.txt"),
                        PatternFile.fromClasspath("dialogue/survivor-opening-harm.txt"), wording, national, roles),
                new TooLateToReport(PatternFile.labelledFromClasspath("dialogue/too-late-to-report.tsv"), wording, national,
                        roles),
                new MinorIllness(PatternFile.labelledFromClasspath("dialogue/minor-illness.tsv"), wording, national),
                new YoungPersonsConsent(PatternFile.labelledFromClasspath("dialogue/young-persons-consent.tsv"), wording,
                        helpNow, national, roles));
        return new HandleInboundMessage(partnerships,
                new TimeLimitedClassifier(classifier, classifying, settings.classifierTimeLimit()), slotExtractor, store,
                conversation, clock, settings.conversationIdle(), wording, languageGate, shortcuts, attention);
    }

    /** A journalled turn stored late, read then: its route, and the duty alert it calls for (persistence.JournalReplayer). */
    @Singleton
    LateTurns lateTurns(TurnRecorder turns, IntentClassifier classifier, LanguageGate languages,
                        StaffAttention attention) {
        return new LateTurns(turns, classifier, languages, attention);
    }

    /** Which conversation a message continues, and storing its turn: the same for a live turn and a replayed one. */
    @Singleton
    TurnRecorder turnRecorder(ConversationStore store, DialogueSettings settings) {
        return new TurnRecorder(store, settings.conversationIdle());
    }
}

package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Not sure what is needed: one clarifying question with numbered choices. A second miss
 * in a row offers a person instead of asking again; a caller on the phone, whom Twilio may be
 * transcribing badly (another language, a strong accent, a whisper), hears the 999 line and is put
 * through to the MASH or the out-of-hours team. Someone who has not yet found the words ("i dont know how to say
 * this") is told to take their time, not handed the menu, and that does not count as a miss.
 */
public final class ClarifyAdvisor implements RouteAdvisor {

    /** The intent a hesitant opener is logged under. */
    static final String HESITANT = "hesitant";
    /** The intent a practitioner's bare job is logged under. */
    static final String JOB_NOTED = "job_noted";

    private final Wording wording;
    private final HandoffAdvisor handoff;
    private final HelpNow helpNow;
    private final List<Pattern> hesitant;
    private final List<Pattern> whatAbout;

    /** @param hesitant cues (dialogue/hesitant.txt) of a caller working up to telling something */
    public ClarifyAdvisor(Wording wording, HandoffAdvisor handoff, HelpNow helpNow, List<Pattern> hesitant) {
        this(wording, handoff, helpNow, hesitant, List.of());
    }

    /**
     * @param whatAbout cues (dialogue/asks-what-about.txt) of a caller who asks for advice, or names whom it is about,
     *                  with nothing told yet
     */
    public ClarifyAdvisor(Wording wording, HandoffAdvisor handoff, HelpNow helpNow, List<Pattern> hesitant,
                          List<Pattern> whatAbout) {
        this.wording = wording;
        this.handoff = handoff;
        this.helpNow = helpNow;
        this.hesitant = List.copyOf(hesitant);
        this.whatAbout = List.copyOf(whatAbout);
    }

    @Override
    public Turn advise(AdviceRequest request) {
        ConversationState state = request.state();
        if (state.misses() >= 1 && request.style().spoken()) {
            var person = helpNow.personNow(request.partnership(), request.now());
            if (person.isPresent()) {
                Advice advice = new Advice().add(wording.text("risk.first.voice"))
                        .add(wording.format("clarify.secondMiss.transfer", helpNow.describe(person.get(), request)),
                                person.get().source())
                        .transferTo(person.get().phone()).essentialsEndHere();
                return new Turn(advice, state.settled(), Route.HUMAN_HANDOFF, request.classification().intent(),
                        request.classification().confidence(), null);
            }
        }
        if (state.misses() >= 1) {
            Turn offer = handoff.offer(request);
            Advice advice = new Advice().add(wording.text("clarify.secondMiss"));
            offer.advice().paragraphs().forEach(advice::add);
            return new Turn(copySources(offer.advice(), advice).essentialsEndHere(), offer.state(), offer.route(),
                    request.classification().intent(), request.classification().confidence(), null);
        }
        if (onlySaysTheirJob(request)) {
            return jobNoted(request);
        }
        Advice advice = new Advice()
                .add(wording.text("clarify.question"))
                .add(wording.text(request.style().spoken() ? "menu.voice" : "menu.text"))
                .add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"))
                .essentialsEndHere();
        return new Turn(advice, state.withDialogue(state.dialogue().asking(DialogueState.CLARIFY, null, state.slots()))
                .withMisses(state.misses() + 1),
                request.classification().route(), request.classification().intent(),
                request.classification().confidence(), null);
    }

    /** "dsl here", "im a health visitor": a practitioner's job and nothing else, at most this many words. */
    private static final int JOB_ONLY_WORDS = 5;

    /**
     * A practitioner who has said only their job ("dsl here", "im the safeguarding lead"; the last session's known gap: the
     * numbered menu for everyone, as if nothing had been said): nothing is asked for yet, and nothing was misunderstood.
     */
    private static boolean onlySaysTheirJob(AdviceRequest request) {
        return request.state().misses() == 0 && request.role() == CallerRole.PROFESSIONAL
                && (request.slots().has(Slots.ROLE) || request.slots().has(Slots.PROFESSION))
                && Words.in(request.text()) <= JOB_ONLY_WORDS && !request.text().contains("?");
    }

    /** Their job taken, with thanks, and what a practitioner may ask here; 999 if a child is in danger. Not a miss. */
    Turn jobNoted(AdviceRequest request) {
        boolean spoken = request.style().spoken();
        Advice advice = new Advice().add(wording.text(spoken ? "clarify.jobNoted.voice" : "clarify.jobNoted"))
                .add(wording.text(spoken ? "safety.999.voice" : "safety.999"))
                .essentialsEndHere();
        return new Turn(advice, request.state().settled(), Route.GREETING, JOB_NOTED,
                request.classification().confidence(), null);
    }

    /** Whether the message is someone working up to telling something, with nothing told yet. */
    public boolean hesitant(String text) {
        String cue = PatternFile.cueText(text);
        return PatternFile.anyFound(hesitant, cue);
    }

    /** "can i get some advice please", "its about my grandson": asking for advice, or naming whom, with nothing told. */
    public boolean asksWhatAbout(String text) {
        return whatAboutCue(text) >= 0;
    }

    /** The line of dialogue/asks-what-about.txt that finds only whom, in a word or two ("my neighbour"). */
    private static final int ONLY_WHOM = 2;

    /** Which line of dialogue/asks-what-about.txt finds the message (the first asks for advice), or -1. */
    private int whatAboutCue(String text) {
        String cue = PatternFile.cueText(text).strip();
        for (int i = 0; i < whatAbout.size(); i++) {
            if (whatAbout.get(i).matcher(cue).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "What is worrying you?", and 999 if in danger: someone who asked for advice, or said whom it is about, has told
     * nothing yet, so neither the menu nor "nobody is on duty" helps them (care helper's unseen set, seventeenth session).
     * Not a miss: what they write next is a first message.
     */
    public Turn askWhatAbout(AdviceRequest request) {
        boolean spoken = request.style().spoken();
        // "its about my grandson" has said whom, often after being asked what it is about: not the same words again
        // and a bare "my neighbour" is often the answer to that question: asked what they have seen, not the same again
        int cue = whatAboutCue(request.text());
        String key = cue >= ONLY_WHOM ? "clarify.whatAbout.seen" : cue > 0 ? "clarify.whatAbout.whom" : "clarify.whatAbout";
        Advice advice = new Advice().add(wording.text(spoken ? "clarify.whatAbout.voice" : key))
                .add(wording.text(spoken ? "safety.999.voice" : "safety.999"))
                .essentialsEndHere();
        return new Turn(advice, request.state().settled(), Route.GREETING, HESITANT,
                request.classification().confidence(), null);
    }

    /**
     * "Take your time", and 999 if in danger: a frightened caller, often a child, who is working up to it would only be
     * held up by a list of services. Not a miss: what they write next is a first message.
     */
    public Turn takeYourTime(AdviceRequest request) {
        boolean spoken = request.style().spoken();
        Advice advice = new Advice().add(wording.text(spoken ? "clarify.hesitant.voice" : "clarify.hesitant"));
        // someone who may be young ("things r bad at home": care helper's first set, 28th session) has Childline beside it
        handoff.addChildlineIfYoung(advice, request);
        advice.add(wording.text(spoken ? "safety.999.voice" : "clarify.hesitant.danger")).essentialsEndHere();
        // logged as an opener: nothing is asked for yet, whatever the model made of the words
        return new Turn(advice, request.state().settled(), Route.GREETING, HESITANT,
                request.classification().confidence(), null);
    }

    private static Advice copySources(Advice from, Advice to) {
        to.citeAll(from.sources());
        if (from.action() == ReplyAction.TRANSFER) {
            to.transferTo(from.transferNumber());
        }
        return to;
    }
}

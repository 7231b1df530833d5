package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a parent or carer asks after being answered about the online sexual abuse of a child - "she says they havent
 * met yet", "should I call the police?", "should we just pay him", "she's really upset, what do I say to her" - is
 * answered in that context: 999 first if the child could be with them now, then where to report it (CEOP, 101) and the
 * national advice on online blackmail. Never the 999 script again for a message that only says the danger is not
 * here now. The phrases are data ({@code dialogue/online-follow-ups.tsv}); the services and advice are
 * {@code partnerships/national.yml}, each with its public source.
 */
public final class OnlineFollowUps {

    public static final String DEFAULT_FILE = "dialogue/online-follow-ups.tsv";
    /** The online harm told earlier in the conversation: the national service that takes it (ceop, report-remove). */
    public static final String SLOT = "online_harm";
    private static final String IMAGE_SHARED = "report-remove";
    /**
     * Kept (yes) when the online harm told was the writer's own pictures held over them, by someone who had not said they
     * were a parent or a professional ({@link WhoseHarm#ownPictures}): their "should i just pay them" is their own question.
     */
    public static final String OWN_PICTURES = "online_own_pictures";
    /** The questions a young person asks about online harm that have an answer of their own. */
    // (a young person's "what should i tell her to do" about a friend's online blackmail - care helper's unseen set, 20th
    // session: "tell an adult you trust" again - is what to tell the friend, in a young person's words; their "how do i report
    // it" is how a young person reports it)
    private static final java.util.Set<String> CHILD_KINDS = java.util.Set.of("pay", "block", "talk", "report", "evidence");

    /** A line of the file that is not a kind of message ("@cues"). */
    private static final String PARAGRAPH = "@";

    private final List<PatternFile.Labelled> cues;
    private final java.util.Set<String> weakCues;
    /** The national services whose harms these questions follow ("@harms"): not the domestic abuse helpline's. */
    private final java.util.Set<String> harms;
    private final Wording wording;
    private final NationalHelp national;

    OnlineFollowUps(List<PatternFile.Labelled> cues, Wording wording, NationalHelp national) {
        this.cues = cues.stream().filter(c -> !c.label().startsWith(PARAGRAPH)).toList();
        this.weakCues = cues.stream().filter(c -> c.label().equals(PARAGRAPH + "cues"))
                .flatMap(c -> java.util.Arrays.stream(c.pattern().pattern().split(","))).map(String::strip)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.harms = cues.stream().filter(c -> c.label().equals(PARAGRAPH + "harms"))
                .flatMap(c -> java.util.Arrays.stream(c.pattern().pattern().split(","))).map(String::strip)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.wording = wording;
        this.national = national;
    }

    public static OnlineFollowUps fromClasspath(String resource, Wording wording, NationalHelp national) {
        return new OnlineFollowUps(PatternFile.labelledFromClasspath(resource), wording, national);
    }

    /**
     * Every national service the reply to this message gave for its online harm (Report Remove and CEOP for images held
     * over a child), kept as {@link #SERVICES_SLOT} so "link?" later gives their addresses again.
     */
    public List<String> toldAll(String text) {
        return national.onlineKinds(text);
    }

    /** The national services given for the online harm told, space-separated (see {@link #toldAll}). */
    public static final String SERVICES_SLOT = "online_services";

    /** {@code state} with {@code services} added to the national services already given (once each, in order). */
    static ConversationState withServicesTold(ConversationState state, List<String> services) {
        Slots slots = state.slots();
        java.util.Set<String> told = new LinkedHashSet<>(
                Arrays.asList(slots.get(SERVICES_SLOT).orElse("").split(" ")));
        told.remove("");
        told.addAll(services);
        return state.withDialogue(state.dialogue().withSlots(slots.with(SERVICES_SLOT, String.join(" ", told))));
    }

    /** The national service that takes the online harm this message tells of, to keep in the conversation's facts. */
    public Optional<String> told(String text) {
        // "my ex keeps turning up drunk at my door" names the domestic abuse helpline's harm, not an online one: its "hes
        // not here" is no "they have not met yet" (care helper's unseen set, 19th session: 999 and CEOP for it)
        return national.onlineKinds(text).stream().filter(k -> harms.isEmpty() || harms.contains(k)).findFirst();
    }

    /**
     * Whether such a question may be answered in context although it was classified as danger: only when the model
     * alone placed it, or a weak cue that the question itself trips (never a risk rule's danger).
     */
    public boolean mayAnswer(uk.mashline.nlu.Classification c, boolean modelOnly) {
        return c.route() != Route.IMMEDIATE_RISK || modelOnly || (c.rule() != null && weakCues.contains(c.rule()));
    }

    Optional<String> kind(String text) {
        String t = PatternFile.cueText(text).strip();
        return cues.stream().filter(c -> c.foundIn(t)).map(PatternFile.Labelled::label).findFirst();
    }

    /**
     * The answer, when an adult's message is one of these questions in a conversation that told of online harm
     * ({@link #SLOT} among the facts before it).
     */
    public Optional<Turn> answer(AdviceRequest request, String harm) {
        Optional<String> kind = kind(request.text());
        // "should i just pay them" from someone of unknown age whose own pictures are held over them (care helper's sets,
        // 26th and 27th sessions: the parents' answer, "help them stop all contact", under "Call 999 now if the child is
        // with them"): the young person's answer, as the first reply gave them the young person's steps
        boolean young = request.role() == CallerRole.CHILD || (request.role() == CallerRole.UNKNOWN
                && request.state().slots().flag(OWN_PICTURES).orElse(false));
        if (kind.isPresent() && young && CHILD_KINDS.contains(kind.get())) {
            return Optional.of(childAsks(request, kind.get()));
        }
        if (kind.isEmpty() || request.role() == CallerRole.CHILD) {
            return Optional.empty();
        }
        ChannelStyle style = request.style();
        boolean blackmail = kind.get().equals("pay") || IMAGE_SHARED.equals(harm);
        // a parent's "he already sent them 30 quid" is about money asked for online, not a meeting (care helper's sets, 26th
        // and 27th sessions: "Call 999 now if the child is with them, or could be on the way to meet them"): 999 for the
        // danger such blackmail brings, a child who may harm themselves over it
        String first = kind.get().equals("pay") ? "online.999.pay" : "online.999";
        Advice advice = new Advice().add(wording.text(style.spoken() ? first + ".voice" : first));
        switch (kind.get()) {
            case "talk" -> {
                advice.add(wording.text("online.talk"));
                national.addFor(advice, CallerRole.PARENT_FAMILY, style);
            }
            case "pay" -> national.addService(advice, "online-blackmail", "national.online-blackmail", style);
            // care-47: "what else" from a parent (the blind tester's kind 14, own set care-47-b: where to report again, and no
            // word of keeping what was sent): keep the messages, then where to report them
            case "next" -> advice.add(wording.text(style.spoken() ? "online.keep.voice" : "online.keep"));
            default -> { }
        }
        // a web address cannot be used on a call: there, the police
        if (!style.spoken()) {
            String key = switch (kind.get()) {
                case "talk" -> "national.ceop";
                // "do we ring 101 or report it to ceop": not one or the other (lead's trial N12: the same reply again)
                case "which" -> "online.both";
                default -> "online.report";
            };
            national.addService(advice, "ceop", key, style);
        }
        national.addPolice(advice, style);
        advice.essentialsEndHere();
        if (blackmail) {
            national.addService(advice, "online-blackmail", "national.online-blackmail", style);
        }
        if (IMAGE_SHARED.equals(harm) && !style.spoken()) {
            national.addService(advice, IMAGE_SHARED, "national." + IMAGE_SHARED, style);
        }
        return Optional.of(Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN));
    }

    /**
     * "should i pay him", "should i block him" from a young person someone online is blackmailing or pressing (lead's
     * probe, 1 Dec: "Telling an adult you trust is a good thing to do", and no answer): 999 first; not to pay or send more
     * (the NCA's advice, partnerships/national.yml), or to block but keep the messages; Childline; then where to report
     * (Report Remove for images held over them, CEOP for someone pressing them).
     */
    private Turn childAsks(AdviceRequest request, String kind) {
        ChannelStyle style = request.style();
        boolean pay = kind.equals("pay");
        Advice advice = new Advice().add(wording.text(style.spoken() ? "child.danger.voice" : "child.danger"));
        String key = "online.child." + kind + (style.spoken() ? ".voice" : "");
        if (pay) {
            national.addService(advice, "online-blackmail", key, style);
        } else {
            advice.add(wording.text(key));
        }
        national.addChildline(advice, style);
        advice.essentialsEndHere();
        if (!style.spoken()) {
            national.addService(advice, pay ? IMAGE_SHARED : "ceop", "national." + (pay ? IMAGE_SHARED : "ceop"), style);
        }
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }
}

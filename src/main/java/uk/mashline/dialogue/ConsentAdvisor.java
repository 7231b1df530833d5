package uk.mashline.dialogue;

import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.regex.Pattern;

/** Consent and information sharing: when consent is needed, its exceptions, Gillick, the sharing test. */
public final class ConsentAdvisor implements RouteAdvisor {

    /**
     * Kept (yes) once a family said they were told someone passed a worry about them on ("the school have made a referral
     * to the mash about us"): their consent answer begins with what a referral means for them.
     */
    public static final String TOLD_OF_REFERRAL = "told_of_referral";

    /**
     * Kept (yes) once an adult said a child told them of harm and asked them to keep it secret: a practitioner's "so is that
     * a yes" next is answered for that case (do not promise secrecy; pass it on), not with the rules again.
     */
    public static final String SECRET_ASKED = "secret_asked";

    /**
     * Kept (yes) once a practitioner said a parent or carer told them something and asked them not to pass it on ("mum told me
     * her partner hits her but begged me not to pass it on"): their consent answer begins with what to do with that wish.
     */
    public static final String PARENT_SECRET = "parent_secret";

    /** Set (yes) for a foster carer's question of what they may share or pass on (route-cues.tsv foster_shares). */
    public static final String FOSTER_CARER_ASKS = "foster_carer_asks";
    /** Set (yes) when that foster carer tells of something the child said: passing on the worry is answered first. */
    public static final String FOSTER_CHILD_SAID = "foster_child_said";

    /** The national advice on sharing information to safeguard a child (partnerships/national.yml). */
    static final String INFORMATION_SHARING = "information-sharing";

    /** A rule about agreeing to early help: what a family asking whether they must agree is told first. */
    private static final Pattern EARLY_HELP_RULE = Pattern.compile("(?i)\\bearly help\\b");
    /** A sharing rule that speaks of sharing without consent. */
    private static final Pattern WITHOUT_CONSENT = Pattern.compile("(?i)\\bwithout (?:their |the )?consent\\b");

    private final Wording wording;
    private final HelpNow helpNow;
    private final List<Pattern> asksAgree;
    /** Consent refused or to be done without ("mum wont consent ... can i still refer?"): the exceptions lead. */
    private final List<Pattern> refused;
    /** Information or records asked to be shared ("are we ok to share her records?"): the sharing rules lead. */
    private final List<Pattern> sharing;
    /** A question only a practitioner asks (the principles of sharing, GDPR, "training for staff"): answered as one. */
    private final List<Pattern> practitioner;
    /** A member of the public asking whether they must tell the child's family first: no one's permission is needed. */
    private final List<Pattern> publicFirst;
    /** Where the child lives beside the writer, or a shop: a neighbour or member of the public, whatever role was read. */
    private final List<Pattern> publicPlace;
    /** Whether to tell a young person\'s parents, asked by the one the young person told (care-46, own set CW01). */
    private final List<Pattern> asksParents;

    /** @param asksAgree "do i have to agree", "and if i say no" (dialogue/asks-agree.txt): a family's own choice */
    public ConsentAdvisor(Wording wording, HelpNow helpNow, List<Pattern> asksAgree) {
        this(wording, helpNow, asksAgree, List.of());
    }

    /**
     * @param asked what a practitioner's question turns on (dialogue/consent-asked.txt: refused, sharing, practitioner,
     *              public_first, public_place, asks_parents)
     */
    public ConsentAdvisor(Wording wording, HelpNow helpNow, List<Pattern> asksAgree, List<PatternFile.Labelled> asked) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.asksAgree = List.copyOf(asksAgree);
        this.refused = asked.stream().filter(l -> l.label().equals("refused")).map(PatternFile.Labelled::pattern).toList();
        this.sharing = asked.stream().filter(l -> l.label().equals("sharing")).map(PatternFile.Labelled::pattern).toList();
        this.practitioner = asked.stream().filter(l -> l.label().equals("practitioner")).map(PatternFile.Labelled::pattern)
                .toList();
        this.publicFirst = asked.stream().filter(l -> l.label().equals("public_first")).map(PatternFile.Labelled::pattern)
                .toList();
        this.publicPlace = asked.stream().filter(l -> l.label().equals("public_place")).map(PatternFile.Labelled::pattern)
                .toList();
        this.asksParents = asked.stream().filter(l -> l.label().equals("asks_parents")).map(PatternFile.Labelled::pattern)
                .toList();
        if (refused.size() + sharing.size() + practitioner.size() + publicFirst.size() + publicPlace.size()
                + asksParents.size() != asked.size()) {
            throw new IllegalArgumentException("dialogue/consent-asked.txt: labels are refused, sharing, practitioner,"
                    + " public_first, public_place and asks_parents");
        }
    }

    @Override
    public Turn advise(AdviceRequest request) {
        if (request.state().slots().flag(FOSTER_CARER_ASKS).orElse(false)) {
            return forFosterCarer(request);
        }
        if (asksTellFirstAsPublic(request)) {
            return tellFirstNotNeeded(request);
        }
        // care-49: a question only a practitioner asks makes the writer one for the turns after it too ("so is that a yes i can
        // send it without telling her" after "do i need mums consent before i fill in the contact and referral form": own set
        // care-49-a CM04 - the parents' "Sometimes, yes. Professionals should usually talk to you first")
        if (request.role() != CallerRole.PROFESSIONAL && asksAsAPractitioner(request)) {
            Turn answered = forProfessional(request);
            return answered.withState(answered.state().withRole(CallerRole.PROFESSIONAL));
        }
        return request.role() == CallerRole.PROFESSIONAL ? forProfessional(request) : forFamily(request);
    }

    /**
     * "can i report it without telling her dad first" from a neighbour (care-42-a M01, N02: the parents' text, "before they
     * refer your child", or a practitioner's sharing advice): someone who has not said they are a professional, asking about
     * a child's family that is not theirs, and not one told their own family was referred.
     */
    private boolean asksTellFirstAsPublic(AdviceRequest request) {
        if (request.state().slots().flag(TOLD_OF_REFERRAL).orElse(false)) {
            return false;
        }
        String asked = PatternFile.cueText(request.text());
        // a question of telling a child's parents first is read as a referrer's (route-cues referrer_asks), so the girl
        // upstairs or the lad in the shop says who is really asking (care-42-a N02, L05: a practitioner's sharing advice)
        boolean publicAsks = request.role() != CallerRole.PROFESSIONAL
                || PatternFile.anyFound(publicPlace, asked);
        return publicAsks && PatternFile.anyFound(publicFirst, asked);
    }

    /** The family's permission is not needed to pass on a worry about a child; whom to tell today. */
    private Turn tellFirstNotNeeded(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text("family.tell_first"));
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        advice.essentialsEndHere().add(wording.text("consent.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    /**
     * Who is writing was not said, and the question is one only a practitioner asks ("can you remind me of the 7 golden
     * rules of information sharing, doing some training for staff": blind q41 start kind 6, answered to a parent about
     * disagreeing with a decision about their child).
     */
    private boolean asksAsAPractitioner(AdviceRequest request) {
        if (request.role() != CallerRole.UNKNOWN) {
            return false;
        }
        String t = PatternFile.cueText(request.text());
        return PatternFile.anyFound(practitioner, t);
    }

    /**
     * A foster carer asking what they may tell the school or whether to pass on what a child said (care helper's brief, 38th
     * session: a parent's text, "before they refer your child"): what to share about a child in care is for the child's social
     * worker and their own supervising social worker to say; a worry for the child needs no one's agreement, today.
     */
    private Turn forFosterCarer(AdviceRequest request) {
        Advice advice = new Advice();
        String key = request.state().slots().flag(FOSTER_CHILD_SAID).orElse(false) ? "consent.fosterCarer.childSaid"
                : "consent.fosterCarer";
        advice.add(wording.text(request.style().spoken() ? key + ".voice" : key));
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        advice.essentialsEndHere();
        advice.add(wording.text("consent.danger"));
        ConversationState state = request.state();
        ConversationState after = state.withDialogue(state.dialogue()
                .withSlots(state.slots().with(FOSTER_CARER_ASKS, Slots.NO)));
        return Turn.of(request, advice, after.settled(), Route.CONSENT_INFO_SHARING);
    }

    /** The document's consent guidance for practitioners that names what the message asks of (its mentions), if any. */
    static List<uk.mashline.knowledge.Guidance> namedConsentGuidance(AdviceRequest request) {
        return request.partnership().guidance(GuidanceTopic.CONSENT, true, request.text()).stream()
                .filter(g -> !g.mentions().isEmpty()).toList();
    }

    // The rules as written, their exceptions, Gillick and how agencies share: a practitioner's to apply.
    private Turn forProfessional(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        // a pupil or patient who asked them to keep it secret ("a pupil told me something about home and asked me not to say
        // anything, can i share it": care helper's leftover, 33rd session - the rule to discuss it with the parents first):
        // not a secret to keep, and whom to tell today, before the document's rules
        if (request.state().slots().flag(SECRET_ASKED).orElse(false) && !request.style().spoken()) {
            // care-46: "... she made me promise not to tell anyone esp her mum. do i have to tell her parents?" (own set care-46-a
            // CW01: the secret's paragraph and numbers, the document's word on telling the parents behind "more"): that word
            // first - its first rule and its first exception, where it has them
            String asked = PatternFile.cueText(request.text());
            if (PatternFile.anyFound(asksParents, asked) && p.consent().stated()
                    && !p.consent().exceptions().isEmpty()) {
                limit(p.consent().rules(), request, 1).stream().limit(1).forEach(r -> advice.add(r.text(), r.source()));
                SourcedText first = p.consent().exceptions().get(0);
                advice.add(first.text(), first.source());
            }
            advice.add(wording.text("context.secret.professional"));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        // a parent who asked them to keep it to themselves (care helper's brief, 38th session: the child's-secret text, "you do
        // not need the child's agreement", to a health visitor a mother asked not to pass on what she told of her partner):
        // their wish does not stop a worry for the child being shared, what to tell them, and whom to tell today
        boolean parentSecret = request.state().slots().flag(PARENT_SECRET).orElse(false);
        // care-44: what the message names that the document's consent guidance speaks of ("where are the seven golden rules",
        // "what if i think mum is making him ill": the blind tester's q44 kinds 10(b), 7(e), own set care-44-b B04, B09 - the
        // consent exceptions, as if they were the rules, or "I cannot answer that one here"): that guidance first, and the
        // national information-sharing advice after it
        List<uk.mashline.knowledge.Guidance> named = namedConsentGuidance(request);
        if (!named.isEmpty() && !parentSecret) {
            named.forEach(g -> advice.add(g.text().text(), g.text().source()));
            helpNow.addNational(advice, INFORMATION_SHARING, "consent.national", request.style());
            // care-47: asked of the consent answer just given ("what if its the dad whos hurting her, do i still have to ask
            // him": own set care-47-a CL02 - that answer again after the guidance), the guidance is the answer: the number to
            // ring and what to do next, not the rules and exceptions already read
            if (request.state().dialogue().last() == Route.CONSENT_INFO_SHARING) {
                helpNow.addWhoToCall(advice, request, "report.callOpen");
                advice.essentialsEndHere().add(wording.text("consent.next")).add(wording.text("consent.danger"));
                return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
            }
        }
        if (parentSecret) {
            advice.add(wording.text(request.style().spoken() ? "consent.parentSecret.voice" : "consent.parentSecret"));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
            helpNow.addNational(advice, INFORMATION_SHARING, "consent.national", request.style());
        }
        var consent = p.consent();
        if (!consent.stated()) {
            // the document's own note says it has no consent rules; the line's words only where it has none
            if (consent.notStated() == null) {
                advice.add(wording.format("consent.notStated", "partnership", p.name()));
            }
            advice.add(consent.notStated());
            // then who the document says to talk a case through with (Sandwell: your named safeguarding lead), so the
            // silence is not the whole answer (blind set 6, G15: a GP was given the NSPCC's public helpline instead)
            p.contact(ContactKind.CONSULTATION).filter(c -> c.phone() == null).ifPresent(adviser ->
                    advice.add(wording.format("consent.askAdviser", "name", adviser.name()), adviser.source()));
            // and what the national advice says, for the document's silence is no answer to "what if telling the parents puts
            // the child at risk" (care helper's leftover, thirtieth session: North Tyneside's GP got the silence and the NSPCC)
            if (!parentSecret) {
                helpNow.addNational(advice, INFORMATION_SHARING, "consent.national", request.style());
            }
        }
        // a child has told of harm: when not to ask the family first, and whom to ring, come before the rule to ask them
        boolean harmTold = request.state().slots().has(DisclosureAdvisor.SLOT);
        if (harmTold) {
            // the first exception and the number on the first screen; the other exceptions and the rule after them
            List<SourcedText> exceptions = limit(consent.exceptions(), request, 3);
            if (!exceptions.isEmpty()) {
                advice.add(wording.text("consent.exceptionsIntro"));
                advice.add("- " + exceptions.get(0).text(), exceptions.get(0).source());
            }
            helpNow.addWhoToCall(advice, request, "report.callOpen");
            advice.essentialsEndHere();
            exceptions.stream().skip(1).forEach(r -> advice.add("- " + r.text(), r.source()));
            limit(consent.rules(), request, 1).forEach(r -> advice.add(r.text(), r.source()));
        } else {
            // the part asked first: sharing records ("are we ok to share?") leads with the sharing rules, a refusal ("can i
            // still refer?") with when not to wait for consent (esc helper's unseen set, 20th session: both began with the
            // rule to discuss it with the family before referring)
            String asked = PatternFile.cueText(request.text());
            var sharingRules = p.informationSharing();
            boolean asksSharing = sharingRules.stated() && PatternFile.anyFound(sharing, asked);
            boolean asksRefused = !asksSharing && !consent.exceptions().isEmpty()
                    && PatternFile.anyFound(refused, asked);
            if (asksSharing) {
                // "... and parents havent consented": the rule on sharing without consent first
                boolean noConsent = PatternFile.anyFound(refused, asked);
                List<SourcedText> rules = new java.util.ArrayList<>(sharingRules.rules());
                if (noConsent) {
                    rules.sort(java.util.Comparator.comparing(r -> !WITHOUT_CONSENT.matcher(r.text()).find()));
                }
                limit(rules, request, 2).forEach(r -> advice.add(r.text(), r.source()));
                advice.essentialsEndHere();
                limit(consent.rules(), request, 1).forEach(r -> advice.add(r.text(), r.source()));
                addExceptions(advice, request);
            } else if (asksRefused) {
                // a refusal of early help: the rules that name it come first, for its consent is not overridden as a
                // referral's may be (Medway: "Parents must consent to accept support at Early Help ... levels")
                if (AskedCues.foundIn(AskedCues.EARLY_HELP_CONSENT, asked)) {
                    consent.rules().stream().filter(r -> EARLY_HELP_RULE.matcher(r.text()).find())
                            .forEach(r -> advice.add(r.text(), r.source()));
                }
                addExceptions(advice, request);
                limit(consent.rules(), request, 1).forEach(r -> advice.add(r.text(), r.source()));
                advice.essentialsEndHere();
            } else {
                limit(consent.rules(), request, 1).stream().filter(r -> !advice.paragraphs().contains(r.text().strip()))
                        .forEach(r -> advice.add(r.text(), r.source()));
                addExceptions(advice, request);
                advice.essentialsEndHere();
            }
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        // what to do next, first in the rest, so "what else" is not the numbers and the document's silence again (care
        // helper's unseen set, thirteenth session: the LSCB rest was NSPCC, "no phone number" and "Not stated")
        advice.add(wording.text("consent.next"));
        advice.add(consent.gillickCompetence());
        var sharingRules = p.informationSharing();
        if (!sharingRules.stated()) {
            advice.add(sharingRules.notStated());
            // and the national advice, where sharing information was asked and the document's consent rules left it out: its
            // silence on sharing is no answer to "am i allowed to share info ... without asking the parents" (facts helper's
            // own set, 36th session: the LSCB model's "Not stated", then "I cannot answer that one" to "where can i find the
            // rules then"); a referral's consent asked is answered by the document's own exceptions
            if (consent.stated() && PatternFile.anyFound(sharing, PatternFile.cueText(request.text()))) {
                helpNow.addNational(advice, INFORMATION_SHARING, "consent.national", request.style());
            }
        } else if (harmTold || !PatternFile.anyFound(sharing, PatternFile.cueText(request.text()))) {
            limit(sharingRules.rules(), request, 2).forEach(r -> advice.add(r.text(), r.source()));
        }
        // (a paragraph given first above is not given again)
        Advice notes = GuidanceNotes.add(new Advice(), request, GuidanceTopic.CONSENT);
        notes.paragraphs().stream().filter(n -> !advice.paragraphs().contains(n)).forEach(advice::add);
        advice.citeAll(notes.sources());
        advice.add(wording.text("consent.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    /**
     * A parent, a member of the public, or someone who has not said who they are: what the document means for a
     * family (its words to the public, where it has them) and who can answer about theirs, with a number. Someone who
     * may be a professional is told how to get the rules written to a referring professional.
     */
    private Turn forFamily(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        // a family told they were referred: first, that it is not a finding against them, and what happens with it; then,
        // as in a text, the number before what the document says, so the first screen still has a number to ring
        boolean referred = request.state().slots().flag(TOLD_OF_REFERRAL).orElse(false);
        if (referred) {
            advice.add(wording.text("consent.referred"));
        }
        // "she made me promise not to say, can i pass it on" from an adult a young person confided in (blind tester's kinds,
        // 32nd session, C4 and C9: the parents' consent answer, "before they refer your child"): not a secret to keep, how
        // to say so, and whom to tell today - the words end "today, to:"
        if (!referred && request.state().slots().flag(SECRET_ASKED).orElse(false) && !request.style().spoken()) {
            advice.add(wording.text("context.secret.adult"));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
            advice.essentialsEndHere().add(wording.text("consent.danger"));
            return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
        }
        // "do i have to agree" to early help: what the document says of agreeing to it, before anything else
        String asked = PatternFile.cueText(request.text());
        if (PatternFile.anyFound(asksAgree, asked)) {
            var rules = p.consent().rules().stream().filter(r -> EARLY_HELP_RULE.matcher(r.text()).find()).toList();
            if (!rules.isEmpty()) {
                advice.add(wording.text("consent.agreeIntro"));
                rules.forEach(r -> advice.add("- " + r.text(), r.source()));
            } else if (EARLY_HELP_RULE.matcher(asked).find()) {
                // early help named, and the document silent on agreeing to it (Sandwell, the LSCB model; care helper's unseen
                // set, 20th session: nothing on it at all): said so, and whom to ask
                advice.add(wording.format("consent.agreeNotStated", "partnership", p.name()));
            }
        }
        // in a text or on a call the number comes first: what the document says follows, for "more"
        if (!request.style().brief() && !referred) {
            GuidanceNotes.add(advice, request, GuidanceTopic.CONSENT);
        }
        advice.add(wording.text(request.style().spoken() ? "consent.ask.voice" : "consent.ask"));
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        advice.essentialsEndHere();
        if (request.style().brief() || referred) {
            GuidanceNotes.add(advice, request, GuidanceTopic.CONSENT);
        }
        if (request.role() == CallerRole.UNKNOWN && p.consent().stated()) {
            advice.add(wording.text("consent.forProfessionals"));
        }
        advice.add(wording.text("consent.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    private void addExceptions(Advice advice, AdviceRequest request) {
        var exceptions = request.partnership().consent().exceptions();
        if (!exceptions.isEmpty()) {
            advice.add(wording.text("consent.exceptionsIntro"));
            // one said first already (care-46: the parents' question) is not listed again
            limit(exceptions, request, 3).stream().filter(r -> !advice.paragraphs().contains(r.text().strip()))
                    .forEach(r -> advice.add("- " + r.text(), r.source()));
        }
    }

    private static List<SourcedText> limit(List<SourcedText> items, AdviceRequest request, int brief) {
        return request.style().brief() ? items.stream().limit(brief).toList() : items;
    }
}

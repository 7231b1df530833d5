package uk.mashline.dialogue;

import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.Timescale;

import java.util.stream.Collectors;

/**
 * A worry to report: how to reach the front door now, what they will ask, who may report
 * and anonymously, consent for professionals, and the timescales the partnership promises.
 */
public final class ReportConcernAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final RouteOverrides cues;
    private final AfterContactAnswers afterContact;

    /** @param cues whether the worry is about an adult who works with children (the LADO's, beside the front door) */
    public ReportConcernAdvisor(Wording wording, HelpNow helpNow, NationalHelp national, RouteOverrides cues) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        this.cues = cues;
        this.afterContact = new AfterContactAnswers(wording);
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        // a practitioner a child has just told of abuse: the safeguarding lead now and a referral today, not the parents
        // first where that could put the child at risk - before the numbers (care helper's second set, twelfth session: a
        // teacher told of photos in the bath got the document's consent rule on asking the parents first)
        // care-49: ... after the secret's answer below when the child asked them to keep it (own set care-49-b B09, the blind
        // tester's q49 kind 14: "you cannot keep this secret" only behind "more"), whose words end "today, to:" the numbers
        boolean secretTold = request.role() != CallerRole.CHILD && !request.style().spoken() && cues.promisedSecret(request.text())
                && request.state().slots().has(DisclosureAdvisor.SLOT);
        boolean childTold = request.role() == CallerRole.PROFESSIONAL && request.state().slots().has(DisclosureAdvisor.TOLD);
        String childToldKey = cues.ownLead(request.text()) ? "report.childTold.lead" : "report.childTold";
        if (childTold && !secretTold) {
            advice.add(wording.text(childToldKey));
        }
        // a child who told of harm and asked the adult to keep it secret: not a secret to keep, and how to say so, before the
        // numbers to tell today (care helper's first set, 28th session: the numbers alone); the words end "today, to:"
        if (secretTold) {
            advice.add(wording.text(request.role() == CallerRole.PROFESSIONAL ? "context.secret.professional"
                    : "context.secret.adult"));
        } else if (request.role() == CallerRole.PROFESSIONAL && !request.style().spoken() && cues.promisedSecret(request.text())) {
            // care-45: a practitioner a young person asked to keep a worry to themselves, no harm told in so many words ("a 14 year
            // old told me her mums boyfriend keeps messaging her late at night and asked me not to tell anyone", "asked me to keep it
            // between us": own set care-45-b B04, B05, the blind tester's kind 6 - the numbers, or the parents' text): not a
            // secret to promise, what to tell the young person, the safeguarding lead today - before the numbers
            advice.add(wording.text("context.secret.professional.worry"));
        } else if (request.role().isFamilyOrPublic() && !request.style().spoken() && cues.promisedSecret(request.text())) {
            // an adult's confidence about a child's home, not a child's own harm ("my sister told me in confidence shes
            // drinking every night and the kids are looking after themselves ... am i allowed to pass it on": care helper's
            // own set, 33rd session - the numbers and no answer): yes, before the numbers
            advice.add(wording.text("report.confidence"));
        }
        // something to add to a referral already made (facts helper's own set, 39th session): contact them again, then the
        // numbers - on the first screen
        if (request.role() != CallerRole.CHILD && cues.addsToReferral(request.text())) {
            advice.add(wording.text("report.addToReferral"));
        }
        // care-44: what happens after a worry is passed on, asked inside a longer message ("put a referral in on the portal this
        // morning ... what happens after ive sent it", "i already called the mash on tuesday ... whats meant to happen now":
        // own set care-44-a CM01, CL01, CN01, CW04 - the numbers first, the document's after-contact lines behind "more" or
        // absent): what the document says follows a contact, for this caller, first; whom to call after it (not a child's,
        // who is answered for a child elsewhere)
        boolean afterAsked = request.role() != CallerRole.CHILD && AskedCues.asks(AskedCues.AFTER, request.text());
        if (afterAsked) {
            afterContact.addGuidance(advice, request, GuidanceTopic.AFTER_CONTACT, "");
        }
        boolean aboutStaff = request.role() != CallerRole.CHILD && cues.aboutStaff(request.text());
        boolean professional = request.role() == CallerRole.PROFESSIONAL;
        // an adult who works with children, too close to a child (lead's probe, twentieth session: the front door's numbers
        // and nothing on whom such a worry is for): the LADO and who tells them, before the numbers to ask for them
        if (aboutStaff) {
            boolean family = request.role().isFamilyOrPublic();
            advice.add(wording.text(request.style().spoken() ? "report.aboutStaff.voice"
                    : family ? "report.aboutStaff.family" : "report.aboutStaff"));
        }
        // a parent's worry about a child's eating (care helper's first set, 27th session: a daughter making herself sick got the
        // out-of-hours numbers and nothing of a GP): the GP first, the front door's numbers still there for a worry of harm
        if (request.role() != CallerRole.CHILD && request.role() != CallerRole.PROFESSIONAL && cues.childsEating(request.text())) {
            advice.add(wording.text(request.style().spoken() ? "report.childsEating.voice" : "report.childsEating"));
        }
        // "anything i need ready before i call?": what the MASH asks first, then whom to call (lead-40-a LA10: the list
        // was behind "more", the first screen the numbers alone)
        boolean readyAsked = professional && !p.mashQuestions().isEmpty() && cues.asksWhatToHaveReady(request.text());
        if (readyAsked) {
            addTheyWillAsk(advice, p);
        }
        // care-43: a volunteer (scout leader, football coach, foodbank, church youth group) who asks whom to tell: their group's
        // safeguarding lead first, as every document asks of those who work with children (seed 000 line 322, 001 line 72,
        // 002 line 513, 003 line 148), then the front door they may ring themselves (own set care-43-a CS01, CL01, CW01)
        boolean volunteer = request.role() != CallerRole.CHILD && !cues.ownLead(request.text())
                && cues.volunteer(request.text());
        // care-49: a practitioner who asks whom to talk to (own set care-49-a CL01, CS01): their safeguarding lead, as above for a
        // volunteer; not the lead themselves, and not after a child's telling, whose words above already send them to the lead
        boolean asksWhom = professional && !volunteer && !cues.ownLead(request.text())
                && !request.state().slots().has(DisclosureAdvisor.TOLD) && cues.asksWhomToTell(request.text());
        // (first in the web chat; in a text or on a call after the number to ring, which keeps the first part)
        if (volunteer && !request.style().brief()) {
            advice.add(wording.text("report.volunteer"));
        }
        // care-49: "who actually makes the referral, me or her" (own set care-49-a CL02): the practitioner does, first
        if (professional && cues.asksWhoRefers(request.text())) {
            advice.add(wording.text("report.whoRefers.professional"));
        }
        if (asksWhom && !request.style().brief()) {
            advice.add(wording.text("report.whomToTell.professional"));
        }
        // care-43: a member of the public where the document prints no number for its front door (Sandwell): who runs children's
        // social care, the way to pass the worry on, first - not the NSPCC and 101 alone (blind tester's q43 kind 21; own set
        // care-43-b B11, B12: the Trust behind "more")
        // (in the web chat: a text or a call keeps its first part for a number to ring, ReplyBudgetsTest)
        if (!professional && request.role() != CallerRole.CHILD && !request.style().brief()
                && helpNow.frontDoor(p).map(c -> c.phone() == null).orElse(true)) {
            p.guidance(GuidanceTopic.FRONT_DOOR, false, request.text()).stream()
                    .filter(g -> g.topics().contains(GuidanceTopic.REPORT_CONCERN))
                    .forEach(g -> advice.add(g.text().text(), g.text().source()));
        }
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        if (childTold && secretTold) {
            advice.add(wording.text(childToldKey));
        }
        if (volunteer && request.style().brief()) {
            advice.add(wording.text(request.style().spoken() ? "report.volunteer.voice" : "report.volunteer"));
        }
        if (asksWhom && request.style().brief()) {
            advice.add(wording.text(request.style().spoken() ? "report.whomToTell.professional.voice"
                    : "report.whomToTell.professional"));
        }
        advice.add(wording.text("report.danger")).essentialsEndHere();
        if (aboutStaff && !request.style().spoken()) {
            advice.add(wording.text("report.aboutStaff.keep"));
            national.addService(advice, "lado", "national.lado", request.style());
            advice.add(wording.format("report.aboutStaff.notInDocument", "partnership", p.name()));
            if (request.role() == CallerRole.PROFESSIONAL || request.role() == CallerRole.UNKNOWN) {
                national.addService(advice, "nspcc-whistleblowing", "national.nspcc-whistleblowing", request.style());
            }
        }
        helpNow.frontDoor(p).filter(c -> c.email() != null)
                .ifPresent(c -> advice.add(wording.format("report.email", "email", c.email()), c.source()));
        // a referral form, what the MASH asks a referrer, consent rules and the timescales promised to a referrer are
        // for professionals; the public, parents and anyone who has not said who they are get what they can do now
        if (professional) {
            p.contact(ContactKind.ONLINE_REFERRAL).ifPresent(form -> advice.add(wording.format(
                    form.url() == null ? "report.onlineFormNoUrl" : "report.onlineForm",
                    helpNow.describe(form, request)), form.source()));
            if (!p.mashQuestions().isEmpty() && !readyAsked) {
                addTheyWillAsk(advice, p);
            }
            p.consent().rules().stream().findFirst().ifPresent(rule -> advice.add(
                    wording.format("report.consentProfessional", "rule", rule.text()), rule.source()));
            // (the after-contact lines given first already say what these promise a referrer)
            for (Timescale t : afterAsked ? java.util.List.<Timescale>of() : p.timescales()) {
                advice.add(t.description(), t.source());
            }
        } else {
            var reporting = p.publicReporting();
            addSourced(advice, reporting.publicContact());
            addSourced(advice, reporting.anonymity());
        }
        // (a paragraph given first above is not given again)
        Advice notes = GuidanceNotes.add(new Advice(), request, GuidanceTopic.REPORT_CONCERN);
        notes.paragraphs().stream().filter(n -> !advice.paragraphs().contains(n)).forEach(advice::add);
        advice.citeAll(notes.sources());
        if (request.role() == CallerRole.UNKNOWN && !volunteer) {
            advice.add(wording.text("report.forProfessionals"));
        }
        return Turn.of(request, advice, request.state().settled(),
                Route.REPORT_CONCERN);
    }

    private void addTheyWillAsk(Advice advice, Partnership p) {
        advice.add(wording.format("report.theyWillAsk", "questions", p.mashQuestions().stream()
                .map(SourcedText::text).collect(Collectors.joining("; "))));
        p.mashQuestions().forEach(q -> advice.cite(q.source()));
    }

    // what the document does not say ("Not stated: ...anonymous") is not news a member of the public can use
    private static void addSourced(Advice advice, SourcedText text) {
        if (text != null && !text.notStated()) {
            advice.add(text.text(), text.source());
        }
    }
}

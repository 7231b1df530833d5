package uk.mashline.dialogue;

import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Link?", "who do I ring out of hours?", "I rang her social worker but no answer": where else to reach someone, after
 * an answer. From the last answer's own numbers and addresses first, then the partnership's and the national services'
 * (partnerships/*.yml), and what a document does not give said so, with what to do instead.
 */
final class ContactsAgain {

    private static final Pattern WEB = Pattern.compile("https?://|www\\.");
    /** "where is the full policy": the escalation policy itself asked for. */
    private static final List<Pattern> POLICY = DirectQuestions.cues(DirectQuestions.POLICY_ASKED);
    /** The national services for a child's online sexual abuse with a web address (partnerships/national.yml). */
    private static final List<String> ONLINE_SERVICES = List.of("report-remove", "ceop");

    private final Wording wording;
    private final HelpNow helpNow;

    ContactsAgain(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    /** "Link?": the addresses the last answer printed, or else the services' and the partnership's own. */
    Turn links(AdviceRequest request, Turn previous) {
        // after a disagreement's answer, "where is the full policy" or a bare "link?" whose answer printed no web page: where
        // the escalation policy is published, as its document says (esc helper's leftover, 30th session: a Medway nurse's
        // "where is the full policy" got "I cannot answer that one here", a Sandwell "link?" the escalation template's
        // fields as "the only address")
        var published = request.partnership().escalationPolicy().publishedAt();
        if (previous.route() == Route.ESCALATION && published != null && (PatternFile.anyFound(POLICY,
                request.text().toLowerCase(java.util.Locale.ROOT)) || previous.advice().paragraphs().stream()
                .noneMatch(p -> WEB.matcher(p).find()))) {
            return previous.withAdvice(LastAnswerParts.start(previous).add(published).essentialsEndHere());
        }
        List<String> withAddress = new ArrayList<>(previous.advice().paragraphs().stream()
                .filter(p -> LastAnswerParts.ADDRESS.matcher(p).find()).toList());
        // the online harm told earlier had its national services' addresses in the reply (Report Remove, CEOP), which
        // the last route's answer given again lacks: "link?" after a son's sextortion was told "That answer printed no
        // web address" (care helper's unseen set, sixteenth session)
        Advice online = new Advice();
        request.state().slots().get(OnlineFollowUps.SERVICES_SLOT).ifPresent(given -> java.util.Arrays
                .stream(given.split(" ")).filter(ONLINE_SERVICES::contains)
                .forEach(id -> helpNow.addNationalService(online, id, request.style())));
        // care-45: an early years rule given before ("where would i check that" after the EYFS rule on medicines, own set care-45-a
        // CM04: the partnership's early help page): that rule's own address
        request.state().slots().get(FrontDoorAnswers.EARLY_YEARS_GIVEN)
                .ifPresent(id -> helpNow.addNationalService(online, id, "followup.earlyYearsLink", request.style()));
        withAddress.addAll(0, online.paragraphs().stream().filter(p -> !withAddress.contains(p)).toList());
        Advice advice = LastAnswerParts.start(previous);
        if (!withAddress.isEmpty()) {
            // "link?" after an answer whose only address is an email (West Sussex early help: lead's sealed q7): say the
            // document prints no web page for it, so the email is not taken for a broken link
            // ... but not when an email was what they asked for ("can i email it instead of ringing": own set, 34th session)
            if (withAddress.stream().noneMatch(p -> WEB.matcher(p).find()) && !emailAsked(request)) {
                advice.add(wording.format("followup.emailOnly", "partnership", request.partnership().name()));
            }
            withAddress.forEach(advice::add);
            return previous.withAdvice(advice.citeAll(previous.advice().sources()).citeAll(online.sources())
                    .essentialsEndHere());
        }
        // the answer printed none: first the web addresses of the national services whose numbers it gave ("link?" after
        // the NSPCC's number: lead's sealed chats q3, 1 Dec, got a MASH email for disagreements), then the partnership's own
        Partnership p = request.partnership();
        List<String> addresses = new ArrayList<>();
        helpNow.nationalWithAddressGivenIn(previous.advice().paragraphs())
                .forEach(h -> addresses.add(wording.format("followup.contactLink", "name", h.name(), "url", h.url())));
        // care-47: not the whistleblowing page, which is for a worker's concern about a colleague, to anyone else ("link?" after
        // Sandwell's family-support answer to a mother: own set care-47-a CS02 - the NSPCC, then gov.uk/whistleblowing)
        p.contacts().stream().filter(c -> c.url() != null)
                .filter(c -> c.kind() != ContactKind.WHISTLEBLOWING || request.role() == CallerRole.PROFESSIONAL)
                .forEach(c -> addresses.add(wording.format("followup.contactLink", "name", c.name(), "url", c.url())));
        // "whats the email" after an answer that gave only numbers: the teams' own addresses (flows 9, second set B07:
        // told none was printed, though the MASH's is in the data)
        p.contacts().stream().filter(c -> c.email() != null && c.phone() != null)
                .forEach(c -> addresses.add(wording.format("followup.contactLink", "name", c.name(), "url", c.email())));
        p.documents().stream().map(SourceDocument::whereCurrent)
                .filter(w -> w != null && LastAnswerParts.ADDRESS.matcher(w.text()).find())
                .forEach(w -> addresses.add(wording.format("followup.documentLink", "where", w.text())));
        if (addresses.isEmpty()) {
            advice.add(wording.format("followup.noLink", "partnership", p.name()));
            helpNow.addWhoToCall(advice, request, "contact.frontDoorOpen");
        } else {
            // "can i just email them instead" where the document prints no email for the service (own set, 34th session:
            // Medway's "That answer printed no web address" to a question about email): say there is none, then the form
            advice.add(emailAsked(request) && addresses.stream().noneMatch(a -> a.contains("@"))
                    ? wording.format("followup.noEmail", "partnership", p.name())
                    : wording.text("followup.linksInstead"));
            addresses.forEach(advice::add);
        }
        return previous.withAdvice(advice.essentialsEndHere());
    }

    private static boolean emailAsked(AdviceRequest request) {
        return AskedCues.foundIn(AskedCues.EMAIL, request.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Who do I ring out of hours?": the partnership's out-of-hours numbers, or that its document gives none, with the
     * national line and 999 (flows 9, A26: "not understood").
     */
    Turn outOfHours(AdviceRequest request, Turn previous) {
        Advice advice = LastAnswerParts.start(previous);
        int before = advice.paragraphs().size();
        helpNow.addOutOfHours(advice, request.partnership(), request.now(), request.style(), request.role());
        if (advice.paragraphs().size() == before) {
            // a document's silence is a professional's to know; the public are given what to do instead
            advice.add(wording.format(request.role() == CallerRole.PROFESSIONAL ? "followup.noOutOfHours"
                    : "followup.noOutOfHours.public", "partnership", request.partnership().name()));
            helpNow.addNational(advice, request);
        }
        // facts-46: the out-of-hours team asked for by name while the front door's published hours say it is open ("edt number
        // pls" at 2pm on a Tuesday: own set facts-46-a NT06 - the EDT's "evenings and weekends" alone): who answers now too
        helpNow.frontDoorWithPhone(request.partnership()).filter(d -> helpNow.isOpen(d, request.now()))
                .filter(d -> advice.paragraphs().stream().noneMatch(p -> p.contains(request.style().phone(d.phone()))))
                .ifPresent(d -> advice.add(wording.format("contact.frontDoorOpen",
                        helpNow.describe(d, request.now(), request.style())), d.source()));
        if (previous.route() != Route.IMMEDIATE_RISK) {
            advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        }
        return previous.withAdvice(advice.essentialsEndHere());
    }

    /**
     * "Whats the number" after the answer to a disagreement, in the evening or at a weekend: the answer's numbers, then
     * who answers out of hours for a child who cannot wait (esc helper's leftover, 23rd session: West Sussex gave the MASH's
     * office number alone at night, with no word of the Emergency Duty Team). By day, the answer's numbers only.
     *
     * @param byDay the last answer's numbers (or its essentials with a number), as given by day
     */
    Turn numbersAfterDisagreeing(AdviceRequest request, Turn previous, Turn byDay) {
        // the number asked for is the answer's numbered lines, not its first screen again (North Tyneside in the evening:
        // the contact, the four stages and the talk said again word for word; esc helper's set, 23rd session)
        List<String> numbered = previous.advice().paragraphs().stream().limit(previous.advice().essential())
                .filter(NumbersGiven::in).toList();
        if (numbered.isEmpty() || !DirectQuestions.asksNumber(request.text())) {
            return byDay;
        }
        Advice advice = LastAnswerParts.start(previous);
        numbered.stream().filter(p -> !advice.paragraphs().contains(p)).forEach(advice::add);
        Advice lines = helpNow.outsideOfficeHours(request.now()) ? helpNow.addOutOfHours(new Advice(),
                request.partnership(), request.now(), request.style(), request.role()) : new Advice();
        if (!lines.paragraphs().isEmpty()) {
            advice.add(wording.text("followup.outOfHoursBeside"));
        }
        lines.paragraphs().stream().filter(p -> !advice.paragraphs().contains(p)).forEach(advice::add);
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).citeAll(lines.sources())
                .essentialsEndHere());
    }

    /** Who else to ring today when the person the caller tried did not answer: the last answer's numbers. */
    Turn unreached(Turn previous, boolean spoken) {
        Advice advice = LastAnswerParts.start(previous).add(wording.text("followup.unreached"));
        previous.advice().paragraphs().stream().filter(p -> NumbersGiven.in(p) && !advice.paragraphs().contains(p))
                .forEach(advice::add);
        advice.add(wording.text(spoken ? "safety.999.voice" : "safety.999"));
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }
}

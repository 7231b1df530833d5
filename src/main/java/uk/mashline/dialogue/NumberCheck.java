package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.Partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Is 01403 229900 the right number for the mash", "someone on facebook said 0121 569 3100, is that right", "0330 222 8077 is
 * the early help one for crawley yeah?": whether a number the writer typed is one the partnership's document (or a national
 * line the service cites) gives, and for what; a number for another area's team is said to be so, with that area's; a number
 * in none of them is said not to be the document's, never guessed at (facts-45, own set facts-45-a WS04, SS06, LS04: the
 * out-of-scope menu, the consultation answer). How the question is asked is data: dialogue/number-checks.tsv. Never on
 * danger: the 999 answer comes first whatever else the message asks.
 */
public final class NumberCheck implements Shortcut {

    public static final String DEFAULT_FILE = "dialogue/number-checks.tsv";
    static final String INTENT = "number_check";
    /** A UK number as people type it: 01403 229900, 0330-222-6664, +44 1403 229900, 116 123 (six digits or more). */
    private static final String NUMBER = "(?<number>(?:\\+44[ -]?|\\b0)\\d(?:[ -]?\\d){6,10}\\b|\\b116[ -]?\\d{3}\\b)";
    private static final int MIN_DIGITS = 6;

    private final List<Pattern> asks;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;

    /** @param askLines the data file's regexes, each with {@code {NUMBER}} where the typed number stands */
    NumberCheck(List<String> askLines, Wording wording, HelpNow helpNow, NationalHelp national) {
        this.asks = askLines.stream().map(a -> Pattern.compile(a.replace("{NUMBER}", NUMBER))).toList();
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
    }

    public static NumberCheck fromClasspath(Wording wording, HelpNow helpNow, NationalHelp national) {
        return new NumberCheck(PatternFile.templatesFromClasspath(DEFAULT_FILE), wording, helpNow, national);
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        if (request.classification().route() == Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        String text = PatternFile.cueText(request.text());
        return numberAsked(text).map(number -> reply(request, text, number));
    }

    /** The number a message asks about, where it asks whether that number is right. */
    Optional<String> numberAsked(String lowerCaseText) {
        for (Pattern ask : asks) {
            Matcher m = ask.matcher(lowerCaseText);
            if (m.find() && digits(m.group("number")).length() >= MIN_DIGITS) {
                return Optional.of(m.group("number").strip());
            }
        }
        return Optional.empty();
    }

    private Turn reply(AdviceRequest request, String text, String typed) {
        Partnership partnership = request.partnership();
        ChannelStyle style = request.style();
        String digits = ukDigits(typed);
        Advice advice = new Advice();
        Route route = Route.REPORT_CONCERN;
        Optional<Contact> contact = partnership.contacts().stream()
                .filter(c -> c.phone() != null && ukDigits(c.phone()).equals(digits)).findFirst();
        Optional<NationalHelpline> line = national.byPhone(digits);
        if (contact.isPresent()) {
            Contact c = contact.get();
            Optional<Contact> areaOwn = otherArea(partnership, c, text);
            if (areaOwn.isPresent()) {
                Map<String, String> values = helpNow.describe(areaOwn.get(), request);
                values.put("typed", style.phone(c.phone()));
                values.put("typedName", c.name());
                values.put("place", place(areaOwn.get(), text));
                advice.add(wording.format("numbers.otherArea", values), areaOwn.get().source());
            } else {
                Map<String, String> values = helpNow.describe(c, request);
                values.put("partnership", partnership.name());
                boolean page = c.source() != null && c.source().fromPage();
                values.put("page", page ? c.source().page().url() : "");
                advice.add(wording.format(page ? "numbers.page" : "numbers.document", values), c.source());
                // facts-46: a number printed only for disagreeing with a decision, checked for a new worry ("someone gave me 0191 643
                // 7366 for a new referral is that right": own set facts-46-a NT06 - a plain "Yes"): what the document says of it,
                // and the front door that takes new worries
                if (c.kind() == ContactKind.DISAGREEMENT && helpNow.frontDoorWithPhone(partnership)
                        .isPresent()) {
                    if (c.notes() != null) {
                        advice.add(c.notes(), c.source());
                    }
                    helpNow.addWhoToCall(advice, request, "contact.frontDoorOpen");
                }
            }
            route = contact.get().kind() == ContactKind.EARLY_HELP ? Route.EARLY_HELP : route;
        } else if (line.isPresent()) {
            national.addService(advice, line.get().id(), "numbers.national", style);
            // a children's line given to an adult who wants to pass on a worry: the adults' line beside it
            if (line.get().isFor(NationalHelpline.Audience.CHILDREN) && request.role() != CallerRole.CHILD) {
                national.addService(advice, "nspcc", "numbers.national.forAdults", style);
            }
        } else {
            boolean doorNumber = helpNow.frontDoorWithPhone(partnership).isPresent();
            advice.add(wording.format(doorNumber ? "numbers.unknown" : "numbers.unknown.noDoor",
                    "number", typed, "partnership", partnership.name()));
            if (doorNumber) {
                helpNow.addWhoToCall(advice, request, "contact.frontDoorOpen");
            } else {
                national.addFor(advice, request.role(), style);
            }
        }
        advice.essentialsEndHere();
        advice.add(wording.text(style.spoken() ? "safety.999.voice" : "report.danger"));
        return new Turn(advice, request.state().settled(), route, INTENT, 1.0, null);
    }

    /**
     * Where the number is an area team's ("0330 222 8077 ... for crawley") and the message names a place another team of the
     * same kind covers: that team.
     */
    private static Optional<Contact> otherArea(Partnership partnership, Contact typed, String text) {
        if (typed.covers() == null || typed.covers().isEmpty()) {
            return Optional.empty();
        }
        return partnership.contacts(typed.kind()).stream()
                .filter(c -> c != typed && c.covers() != null && !place(c, text).isEmpty()
                        && place(typed, text).isEmpty())
                .findFirst();
    }

    /** The first place of {@code c}'s area the text names, as written there, or empty. */
    private static String place(Contact c, String text) {
        List<String> places = new ArrayList<>(c.covers());
        places.sort((a, b) -> b.length() - a.length());
        for (String place : places) {
            if (Pattern.compile("\\b" + Pattern.quote(place) + "\\b").matcher(text).find()) {
                return AreaQuestion.title(place);
            }
        }
        return "";
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    /** Digits as dialled within the UK: +44 1403 229900 as 01403229900. */
    private static String ukDigits(String number) {
        String d = digits(number);
        return d.startsWith("44") && d.length() >= 11 && number.strip().startsWith("+") ? "0" + d.substring(2) : d;
    }
}

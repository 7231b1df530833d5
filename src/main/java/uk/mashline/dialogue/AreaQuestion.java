package uk.mashline.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Is tipton sandwell or dudley?", "do u cover wallsend?", "im in gillingham is that you?": whether a place is in this
 * partnership's area, asked before anything else. A place in the area is said to be so, with the numbers that are then the
 * right ones; a place outside it is told kindly that it is not, with the way to the council where the child lives and the
 * national line - never the partnership's numbers as if they were that place's (facts helper's leftovers, 40th session).
 * Which place is in which area, and how the question is asked, is data: dialogue/area-questions.tsv. Never on danger: the
 * 999 answer comes first whatever else the message asks.
 */
public final class AreaQuestion implements Shortcut {

    public static final String DEFAULT_FILE = "dialogue/area-questions.tsv";
    static final String INTENT = "area_question";
    /** The label of a place in none of the partnerships' areas. */
    static final String OTHER = "other";

    private final Map<String, String> areaOf;
    private final List<Pattern> asks;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final CallerRoleDetector roles;

    /**
     * @param lines the data file's lines, comments left out: {@code town<TAB>PARTNERSHIP-ID|other<TAB>places},
     *              {@code area<TAB>regex} and {@code ask<TAB>regex} with {@code {PLACE}} and {@code {AREA}}
     */
    AreaQuestion(List<String> lines, Wording wording, HelpNow helpNow, NationalHelp national) {
        this(lines, wording, helpNow, national, null);
    }

    /**
     * @param roles who the writer says they are, read from the question where not known before (facts-49: "teacher here, is
     *              tipton sandwell or dudley?" was answered as a member of the public - the NSPCC and 101, not Sandwell's MARF -
     *              and "whats the number to ring" next as well: own set facts-49-a SA04); none, the state's role alone
     */
    AreaQuestion(List<String> lines, Wording wording, HelpNow helpNow, NationalHelp national, CallerRoleDetector roles) {
        this.roles = roles;
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        Map<String, String> towns = new HashMap<>();
        String area = "(?!)";
        List<String> askLines = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "town" -> {
                    for (String place : f[2].split(",")) {
                        towns.put(place.strip(), f[1].strip());
                    }
                }
                case "area" -> area = f[1].strip();
                case "ask" -> askLines.add(f[1].strip());
                default -> throw new IllegalStateException(DEFAULT_FILE + ": unknown line kind " + f[0]);
            }
        }
        this.areaOf = Map.copyOf(towns);
        // the longest name first, so "dudley port" (Sandwell) is read before "dudley"
        String place = "(?<place>" + String.join("|", towns.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")";
        String areaWords = area;
        this.asks = askLines.stream().map(a -> Pattern.compile(a.replace("{PLACE}", place)
                .replace("{AREA}", areaWords))).toList();
    }

    public static AreaQuestion fromClasspath(Wording wording, HelpNow helpNow, NationalHelp national,
                                             CallerRoleDetector roles) {
        return new AreaQuestion(PatternFile.templatesFromClasspath(DEFAULT_FILE), wording, helpNow, national, roles);
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        if (request.classification().route() == Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        return placeAsked(PatternFile.cueText(request.text())).map(place -> reply(request, place));
    }

    /** The place a message asks about, where it asks whether that place is in an area. */
    Optional<String> placeAsked(String lowerCaseText) {
        for (Pattern ask : asks) {
            Matcher m = ask.matcher(lowerCaseText);
            if (m.find()) {
                return Optional.of(m.group("place"));
            }
        }
        return Optional.empty();
    }

    /** The partnership id whose area the place is in, or {@link #OTHER}. */
    String areaOf(String place) {
        return areaOf.getOrDefault(place, OTHER);
    }

    private Turn reply(AdviceRequest asked, String place) {
        ConversationState state = asked.state();
        if (roles != null && !state.role().isKnown()) {
            state = roles.detect(asked.text()).map(state::withRole).orElse(state);
        }
        AdviceRequest request = asked.withState(state);
        ChannelStyle style = request.style();
        Advice advice = new Advice();
        if (areaOf(place).equals(request.partnership().id())) {
            advice.add(wording.format("area.inside", "place", title(place), "partnership", request.partnership().name()));
            helpNow.addWhoToCall(advice, request, "contact.frontDoorOpen");
            advice.add(wording.text(style.spoken() ? "safety.999.voice" : "report.danger"));
        } else {
            advice.add(wording.format("area.outside", "place", title(place), "partnership", request.partnership().name()));
            national.addService(advice, "find-council", "national.find-council", style);
            national.addFor(advice, request.role(), style);
            advice.add(wording.text(style.spoken() ? "safety.999.voice" : "report.danger"));
        }
        return new Turn(advice.essentialsEndHere(), request.state().settled(), Route.REPORT_CONCERN, INTENT, 1.0, null);
    }

    /** "burgess hill" as "Burgess Hill", "and" kept small: a place as the caller named it, in a sentence (also OutsideArea's). */
    static String title(String place) {
        StringBuilder out = new StringBuilder();
        for (String word : place.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.equals("and") ? word : word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1));
        }
        return out.toString();
    }
}

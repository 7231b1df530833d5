package uk.mashline.dialogue;

import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.NationalHelplines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The UK-wide numbers (partnerships/national.yml), said in the line's words for who is asking:
 * Childline to a child, the NSPCC Helpline to an adult, 101 when it is not an emergency, the Silent
 * Solution to someone who cannot speak. Where a partnership's document gives no number, these are
 * what the reply gives instead of saying it cannot. Each is cited with its public source.
 */
public final class NationalHelp {

    private static final String POLICE_NON_EMERGENCY = "police-non-emergency";
    /** The police's line for an adult abused as a child whose abuser is with children now: said instead of the general one. */
    private static final String ABUSER_NEAR_CHILDREN = "abuser-near-children";
    private static final String FORCED_MARRIAGE = "forced-marriage";
    /** The services told of a harm that a trip abroad brings on: a forced marriage, FGM (see addForcedMarriageAbroad). */
    private static final List<String> ABROAD_SERVICES = List.of(FORCED_MARRIAGE, "fgm");

    private final Wording wording;
    private final NationalHelplines helplines;
    private final List<PatternFile.Labelled> online;
    private final GatedCues onlineCues;
    private final List<GatedPattern> abroad;
    private final List<GatedPattern> family;
    // a turn asks about its message twice (the slot it keeps, then the help it adds), with regexes that are the
    // costliest of the turn's cues: the last answer is kept per thread
    private final ThreadLocal<Told> lastTold = new ThreadLocal<>();

    /** The harms one lower-cased message tells of: the labels of the cues it matches, in the files' order. */
    private record Told(String text, List<String> labels) {
    }

    public NationalHelp(Wording wording, NationalHelplines helplines) {
        this(wording, helplines, List.of());
    }

    /**
     * @param harms what a writer says about a harm a national service takes, labelled with that service
     *              (dialogue/online-images.tsv: report-remove, ceop; dialogue/domestic-abuse.tsv: domestic-abuse;
     *              dialogue/forced-marriage.tsv: forced-marriage)
     */
    public NationalHelp(Wording wording, NationalHelplines helplines, List<PatternFile.Labelled> harms) {
        this(wording, helplines, harms, List.of());
    }

    /**
     * @param abroad being taken abroad in the writer's words (dialogue/marriage-abroad.txt), read only once a forced
     *               marriage was told
     */
    public NationalHelp(Wording wording, NationalHelplines helplines, List<PatternFile.Labelled> harms,
                        List<java.util.regex.Pattern> abroad) {
        this(wording, helplines, harms, abroad, List.of());
    }

    /**
     * @param family going to the young person's family in the writer's words (dialogue/marriage-family.txt), read only once
     *               a forced marriage was told
     */
    public NationalHelp(Wording wording, NationalHelplines helplines, List<PatternFile.Labelled> harms,
                        List<java.util.regex.Pattern> abroad, List<java.util.regex.Pattern> family) {
        this.family = family.stream().map(GatedPattern::of).toList();
        this.wording = wording;
        this.helplines = helplines;
        this.online = List.copyOf(harms);
        this.onlineCues = new GatedCues(this.online.stream().map(l -> GatedPattern.of(l.pattern())).toList());
        // a label that names no national service would fail only when a message matched it: at start-up instead
        this.online.stream().flatMap(l -> services(l).stream()).forEach(this::serviceTold);
        this.abroad = abroad.stream().map(GatedPattern::of).toList();
    }

    /** Whether the services told before (space-separated ids) name a harm a trip abroad brings on: a forced marriage, FGM. */
    static boolean abroadHarmTold(String servicesToldBefore) {
        return java.util.Arrays.stream(servicesToldBefore.split(" ")).anyMatch(ABROAD_SERVICES::contains);
    }

    /**
     * The Forced Marriage Unit, or the NSPCC FGM Helpline, where a conversation that told of a forced marriage or of FGM now
     * speaks of going abroad ("what if they take my passport", "we are going to the airport tomorrow", "theyve changed the
     * flights and they leave on sunday" - risk helper's set, 33rd session: the 999 reply to the FGM trip brought forward said
     * nothing of FGM): first in the reply, or right after its first line where that line is about danger; not where the reply
     * gives it already. {@code servicesToldBefore}: the national services the conversation's earlier messages told of,
     * space-separated (OnlineFollowUps.SERVICES_SLOT).
     */
    public Advice addForcedMarriageAbroad(Advice advice, String text, String servicesToldBefore, boolean afterTheFirstLine,
                                          ChannelStyle style) {
        String t = PatternFile.cueText(text);
        if (!abroadHarmTold(servicesToldBefore) || abroad.stream().noneMatch(p -> p.foundIn(t))) {
            return advice;
        }
        List<String> told = List.of(servicesToldBefore.split(" "));
        for (String id : ABROAD_SERVICES) {
            NationalHelpline service = helplines.get(id);
            if (!told.contains(id) || advice.paragraphs().stream().anyMatch(p -> p.contains(service.phone()))) {
                continue;
            }
            String key = "national." + id;
            put(advice, wording.format(style.spoken() ? key + ".voice" : key, values(service, style)), afterTheFirstLine);
            advice.citeAll(List.of(service.source().label()));
        }
        return advice;
    }

    /**
     * "would it be best to arrange a meeting with the family first?" once a forced marriage was told (brief's leftover, 35th
     * session, facts set F35-26: the last answer's referral form again): the family is not approached first, and that is the
     * first thing said (national.yml forced-marriage-family), whatever answered it; not where the reply gives it already.
     * {@code servicesToldBefore}: as for {@link #addForcedMarriageAbroad}.
     */
    public Advice addFamilyNotFirst(Advice advice, String text, String servicesToldBefore, ChannelStyle style) {
        String t = PatternFile.cueText(text);
        boolean marriageTold = java.util.Arrays.stream(servicesToldBefore.split(" ")).anyMatch(FORCED_MARRIAGE_TOLD::contains);
        if (!marriageTold || family.stream().noneMatch(p -> p.foundIn(t))) {
            return advice;
        }
        NationalHelpline guidance = helplines.get(FORCED_MARRIAGE_FAMILY);
        String line = wording.format("national." + FORCED_MARRIAGE_FAMILY, values(guidance, style));
        if (!advice.paragraphs().contains(line)) {
            advice.putFirst(line);
            advice.citeAll(List.of(guidance.source().label()));
        }
        return advice;
    }

    private static final String FORCED_MARRIAGE_FAMILY = "forced-marriage-family";
    /** The services whose telling makes a question about going to the family one about a forced marriage. */
    private static final java.util.Set<String> FORCED_MARRIAGE_TOLD = java.util.Set.of(FORCED_MARRIAGE, FORCED_MARRIAGE_FAMILY);

    /**
     * Where a message tells of a harm a national service takes - a young person's nude image shared, someone online
     * asking a child for pictures or to meet, the writer's own partner's abuse - Report Remove, CEOP or the National
     * Domestic Abuse Helpline, right after the reply's first steps. On a call only a service with a number to ring and
     * spoken words for it ({@code national.<id>.voice}): the domestic abuse helpline, not the web addresses of the
     * first two (a caller who told of her partner's abuse heard nothing of it: flows, 30 Nov).
     */
    public Advice addHelpForHarmsTold(Advice advice, String text, ChannelStyle style) {
        return addHelpForHarmsTold(advice, text, style, true, false);
    }

    /**
     * As above, to a child: only the services for children or for everyone (the law on an older partner is told to the
     * adults around a child; a child is answered in a child's words).
     */
    public Advice addHelpForHarmsToldToChild(Advice advice, String text, ChannelStyle style) {
        return addHelpForHarmsTold(advice, text, style, true, true);
    }

    /** As above, after the reply's first steps are complete (the 999 reply's): with the rest, not among them. */
    public Advice addHelpForHarmsToldAfter(Advice advice, String text, ChannelStyle style) {
        return addHelpForHarmsTold(advice, text, style, false, false);
    }

    /**
     * As {@link #addHelpForHarmsTold}, the first service second in the reply, right after its first line: for a worry told
     * whose harm a national service takes ("my 12 year old has been sent rude pictures by an adult on tiktok": CEOP only
     * behind "more"; care helper's unseen set, 23rd session).
     */
    public Advice addHelpForHarmsToldSecond(Advice advice, String text, ChannelStyle style, boolean toPractitioner) {
        List<String> before = List.copyOf(advice.paragraphs());
        addHelpForHarmsTold(advice, text, style, true, false);
        // a service with a web address to follow; to a practitioner, whatever service was added first (what an older
        // partner means: lead's twenty-seventh session, behind "more" for a GP) - a family keeps every number to ring on the
        // first screen, so words alone do not go before them
        List<String> added = advice.paragraphs().stream().filter(p -> !before.contains(p))
                .filter(p -> toPractitioner || harmsTold(text).stream().map(this::serviceTold)
                        .anyMatch(h -> h.url() != null && p.contains(h.url())))
                .toList();
        // a parent whose child is blackmailed online: the NCA's steps (do not pay, stop contact, keep the messages) are what
        // to do now, so they go before Report Remove's address (risk helper's leftovers, 28th session: "do not pay" behind
        // "more" for a parent)
        String blackmailUrl = helplines.find(ONLINE_BLACKMAIL).map(NationalHelpline::url).orElse(null);
        added.stream().filter(p -> blackmailUrl != null && p.contains(blackmailUrl)).findFirst()
                .or(() -> added.stream().findFirst()).ifPresent(advice::putSecond);
        // an adult told of abuse in their own childhood, nobody said to be with children now (non-recent-abuse.tsv): what is
        // theirs to do first - not their fault, the police take it however long ago - then NAPAC, the children's front door
        // after them (blind tester's kinds, thirtieth session: First Response's number first to a 38-year-old)
        // so too where that person is with children now (risk helper, thirty-first session): not their fault, and tell the
        // police or children's services because the children may be at risk now, first
        String policeLine = harmsTold(text).stream().filter(id -> id.equals(POLICE_NON_EMERGENCY)
                || id.equals(ABUSER_NEAR_CHILDREN)).findFirst().orElse(null);
        if (!toPractitioner && policeLine != null) {
            NationalHelpline police = helplines.get(policeLine);
            String key = "national." + policeLine + (style.spoken() ? ".voice" : "");
            String line = wording.format(key, values(police, style));
            if (advice.paragraphs().contains(line)) {
                String second = added.stream().filter(p -> !p.equals(line)).findFirst().orElse(null);
                advice.putFirst(line);
                if (second != null) {
                    advice.putSecond(second);
                }
            }
        }
        // what not to do before anything else: a forced marriage's family is not approached first (brief's leftover, 35th
        // session, facts set F35-25: "should i go talk to her parents about it" got the NSPCC and 101 first, the guidance
        // behind "more"), so it is the first thing said, before any number, to anyone
        placeTold(advice, text, style, SAID_FIRST, advice::putFirst);
        // and the answer to "is it too late" about FGM done years ago (facts set F35-10: a mother's "is it too late to say
        // anything" had it behind "more", after the NSPCC's and the police's numbers): right after the reply's first line
        placeTold(advice, text, style, SAID_SECOND, advice::putSecond);
        return advice;
    }

    /**
     * The lines that answer what was asked ({@link #SAID_SECOND}: FGM done years ago, a relative bringing up a child) right after
     * the reply's first line, in an answer that added the services told at its end (a relative's "is there any help" heard as
     * a request for family support: care helper's regression chats, 38th session - the Family Rights Group behind "more").
     */
    public Advice placeSaidSecond(Advice advice, String text, ChannelStyle style) {
        placeTold(advice, text, style, SAID_SECOND, advice::putSecond);
        return advice;
    }

    /** Moves the line of each service in {@code ids} told in {@code text}, where the reply already holds it, by {@code place}. */
    private void placeTold(Advice advice, String text, ChannelStyle style, java.util.Set<String> ids,
                           java.util.function.Consumer<String> place) {
        harmsTold(text).stream().filter(ids::contains).distinct().forEach(id -> {
            String line = wording.format("national." + id, values(serviceTold(id), style));
            if (advice.paragraphs().contains(line)) {
                place.accept(line);
            }
        });
    }

    /** National lines that answer what was asked (wording national.fgm.past: not too late): second in the reply they join. */
    // and the advice line for relatives bringing up a child (kinship-care.tsv: "im nan to 2 little ones, theyve been living with
    // me ... is there any help for me", care helper's own set, 38th session - behind "more", after the NSPCC and 101)
    private static final java.util.Set<String> SAID_SECOND = java.util.Set.of("fgm.past", "family-rights-group");

    /** National lines that say what not to do first (national.yml forced-marriage-family): first in the reply they join. */
    private static final java.util.Set<String> SAID_FIRST = java.util.Set.of(FORCED_MARRIAGE_FAMILY);

    private Advice addHelpForHarmsTold(Advice advice, String text, ChannelStyle style, boolean essential,
                                       boolean forChild) {
        if (online.isEmpty()) {
            return advice;
        }
        harmsTold(text).stream().distinct()
                .forEach(id -> {
                    NationalHelpline h = serviceTold(id);
                    if (forChild && !h.isFor(NationalHelpline.Audience.CHILDREN)) {
                        return;
                    }
                    String key = "national." + id;
                    if (style.spoken() && (h.phone() == null || !wording.has(key + ".voice"))) {
                        return;
                    }
                    // given already in the reply's first steps (a child's CEOP line): not a second time
                    if (h.url() != null && advice.paragraphs().stream().anyMatch(p -> p.contains(h.url()))) {
                        return;
                    }
                    // ... or its name and number in a line of their own (the FGM helpline beside the 999 line, in a child's
                    // words or in one sentence: risk helper, 38th session), not again in other words; a line of words of its
                    // own ("fgm.past": not too late to tell) is no second giving of the service
                    if (!id.contains(".") && h.phone() != null && advice.paragraphs().stream()
                            .anyMatch(p -> p.contains(h.name()) && p.contains(h.phone()))) {
                        return;
                    }
                    String line = wording.format(style.spoken() ? key + ".voice" : key, values(h, style));
                    if (essential) {
                        advice.addToEssentials(line);
                    } else {
                        advice.add(line);
                    }
                    advice.citeAll(List.of(h.source().label()));
                });
        return advice;
    }

    /**
     * The national service that takes the online sexual abuse of a child a message tells of ("ceop", "report-remove"),
     * the first where both do; empty when it tells of none.
     */
    public java.util.Optional<String> onlineKind(String text) {
        return harmsTold(text == null ? "" : text).stream().findFirst();
    }

    /**
     * Whether a message tells of online blackmail: pictures held over a child with a demand, which dialogue/online-images.tsv
     * gives both to CEOP and to Report Remove ("says hell send them to my school unless i send more").
     */
    public boolean toldOnlineBlackmail(String text) {
        return onlineKinds(text).containsAll(BLACKMAIL);
    }

    /** A young person's first steps against online blackmail, the NCA's advice in their words (child.onlineBlackmail). */
    public Advice addChildBlackmailSteps(Advice advice, ChannelStyle style) {
        return add(advice, ONLINE_BLACKMAIL, "child.onlineBlackmail", style);
    }

    /**
     * A young person's first steps against online blackmail first in a reply, or second after the 999 line where
     * {@code afterTheFirstLine}, for someone whose age is not known who tells of their own pictures held over them (care helper's
     * leftovers, 23rd session: the duty team's numbers first and nothing on not paying). Nothing where the message tells of
     * no blackmail.
     */
    public Advice putBlackmailSteps(Advice advice, String text, ChannelStyle style, boolean afterTheFirstLine,
                                    boolean childlineForAYoungPerson) {
        if (!toldOnlineBlackmail(text)) {
            return advice;
        }
        Advice steps = addChildBlackmailSteps(new Advice(), style).add(wording.text("child.onlineBlackmail.then"));
        // Childline for a young person, then the steps put before it, as one paragraph: steps, Childline (after the 999
        // line where there is one), so that the steps fit the first screen beside 999
        if (childlineForAYoungPerson) {
            Advice childline = addChildline(new Advice(), style, "risk.unknownAge.childline");
            put(advice, childline.paragraphs().get(0), afterTheFirstLine);
            advice.citeAll(childline.sources());
        }
        put(advice, String.join(" ", steps.paragraphs()), afterTheFirstLine);
        return advice.citeAll(steps.sources());
    }

    /** Whether a reply gives a young person's first steps against online blackmail already. */
    public boolean givesBlackmailSteps(Advice advice, ChannelStyle style) {
        String first = addChildBlackmailSteps(new Advice(), style).paragraphs().get(0);
        return advice.paragraphs().stream().anyMatch(p -> p.contains(first));
    }

    private static void put(Advice advice, String paragraph, boolean second) {
        if (second) {
            advice.putSecond(paragraph);
        } else {
            advice.putFirst(paragraph);
        }
    }

    /**
     * CEOP said to the young person it happened to, where the message tells of an adult online asking them for pictures or
     * to meet, or holding pictures over them (care helper's sets, 22nd and 23rd sessions: CEOP only behind "more"). Not on
     * a call, where CEOP has no number to ring.
     */
    public Advice addCeopForChild(Advice advice, String text, ChannelStyle style) {
        return style.spoken() || !onlineKinds(text).contains(CEOP) ? advice : add(advice, CEOP, "child.online.ceop", style);
    }

    /** Childline and CEOP in one line to the young person it happened to (risk.child.childline.ceop), on a page. */
    public Advice addChildlineWithCeop(Advice advice, ChannelStyle style) {
        NationalHelpline ceop = helplines.get(CEOP);
        Map<String, String> values = values(helplines.get("childline"), style);
        values.put("ceopName", ceop.name());
        values.put("ceopUrl", ceop.url());
        return advice.add(wording.format("risk.child.childline.ceop", values))
                .citeAll(List.of(helplines.get("childline").source().label(), ceop.source().label()));
    }

    /** Whether the message tells of an adult online asking a child for pictures or to meet (CEOP's harm). */
    public boolean toldOnlineAbuse(String text) {
        return onlineKinds(text).contains(CEOP);
    }

    private static final String CEOP = "ceop";

    private static final java.util.Set<String> BLACKMAIL = java.util.Set.of("ceop", "report-remove");
    private static final String ONLINE_BLACKMAIL = "online-blackmail";

    /** Every national service that takes the online harm a message tells of, in the files' order, each once. */
    public List<String> onlineKinds(String text) {
        return harmsTold(text == null ? "" : text).stream().distinct().toList();
    }

    private List<String> harmsTold(String text) {
        String t = PatternFile.cueText(text);
        Told last = lastTold.get();
        if (last != null && last.text().equals(t)) {
            return last.labels();
        }
        List<String> found = java.util.Arrays.stream(onlineCues.allIn(t)).mapToObj(i -> services(online.get(i)))
                .flatMap(List::stream).toList();
        // the abuser with children now says what the general line for an adult's own childhood says, and more: one of them
        List<String> labels = found.contains(ABUSER_NEAR_CHILDREN)
                ? found.stream().filter(id -> !id.equals(POLICE_NON_EMERGENCY)).toList() : found;
        lastTold.set(new Told(t, labels));
        return labels;
    }

    /**
     * The services a cue line names: one id, or several joined by "+" where the same words call for each
     * (dialogue/older-partner.tsv: the power imbalance and the law, read with one regex, not the same regex twice).
     */
    private static List<String> services(PatternFile.Labelled line) {
        return List.of(line.label().split("\\+"));
    }

    /**
     * The national service a cue line's id names: "childline.if-young" is Childline in words of its own (wording
     * national.childline.if-young), so the service's number and source stay in its one entry of national.yml.
     */
    private NationalHelpline serviceTold(String id) {
        int words = id.indexOf('.');
        return helplines.get(words < 0 ? id : id.substring(0, words));
    }

    /** As {@link #addService}, only where the service is one a child may use (national.yml audience CHILDREN or EVERYONE). */
    public Advice addServiceForChild(Advice advice, String id, String key, ChannelStyle style) {
        return helplines.get(id).isFor(NationalHelpline.Audience.CHILDREN) ? add(advice, id, key, style) : advice;
    }

    /** National service {@code id} in the words of {@code key} ({name}, {phone}, {url}, {purpose}...), cited. */
    public Advice addService(Advice advice, String id, String key, ChannelStyle style) {
        return add(advice, id, key, style);
    }

    /**
     * National service {@code id} in the words of {@code key}, with {@code extra} values beside its own, even where the
     * advice already holds its number: a line that says what the number is for, after another that only gave it (facts-45:
     * the interpreter line in another language held the NSPCC's number, so the English answer lost the line saying why).
     */
    public Advice addServiceAgain(Advice advice, String id, String key, Map<String, String> extra, ChannelStyle style) {
        NationalHelpline h = helplines.get(id);
        Map<String, String> values = values(h, style);
        values.putAll(extra);
        advice.add(wording.format(key, values));
        return advice.citeAll(List.of(h.source().label()));
    }

    /**
     * The national service whose number this is (digits compared, "0808 800 5000" as "08088005000"): whether a
     * number in a reply is free is known only for these (partnerships/national.yml {@code free}).
     */
    public java.util.Optional<NationalHelpline> byPhone(String number) {
        String digits = number.replaceAll("\\D", "");
        return helplines.all().stream().filter(h -> h.phone() != null && h.phone().replaceAll("\\D", "").equals(digits))
                .findFirst();
    }

    /** The national services with a web address whose number one of these paragraphs gives, as national.yml orders them. */
    public java.util.List<NationalHelpline> withAddressGivenIn(java.util.List<String> paragraphs) {
        // facts-44: a number says which service only where it is that service's own, the first entry with it: 101 given
        // in an answer is the police's, not the FGM reporting duty's page that shares it ("whats their email then" after the
        // LSCB model's 101 line was given that page: own set facts-44-a FL03)
        java.util.Map<String, NationalHelpline> first = new java.util.LinkedHashMap<>();
        helplines.all().stream().filter(h -> h.phone() != null).forEach(h -> first.putIfAbsent(h.phone(), h));
        return first.values().stream().filter(h -> h.url() != null)
                .filter(h -> paragraphs.stream().anyMatch(p -> p.contains(h.phone()))).toList();
    }

    /** Childline for a child; the NSPCC Helpline for anyone else. */
    public Advice addFor(Advice advice, CallerRole role, ChannelStyle style) {
        if (role == CallerRole.CHILD) {
            return addChildline(advice, style);
        }
        // a professional is not told they need not give their name: the helpline advises professionals too (national.yml)
        String key = role == CallerRole.PROFESSIONAL ? "national.nspcc.professional" : "national.nspcc";
        return add(advice, "nspcc", style.spoken() ? "national.nspcc.voice" : key, style);
    }

    public Advice addChildline(Advice advice, ChannelStyle style) {
        return addChildline(advice, style, "national.childline");
    }

    /**
     * Childline in the words of {@code key} (its {@code key.voice} form on a call, where there is one), which may
     * name {name}, {phone}, {url}, {terms} and {hours}. The one place a reply gives Childline.
     */
    public Advice addChildline(Advice advice, ChannelStyle style, String key) {
        return add(advice, "childline", style.spoken() && wording.has(key + ".voice") ? key + ".voice" : key, style);
    }

    /**
     * Childline in every reply to a child: when {@code advice} does not give its number yet, Childline is made the
     * reply's second paragraph (after its first, which is the 999 line where there is danger), one of its essentials.
     */
    public Advice ensureChildline(Advice advice, ChannelStyle style) {
        String phone = style.phone(helplines.get("childline").phone());
        if (advice.paragraphs().stream().noneMatch(p -> p.contains(phone))) {
            Advice line = addChildline(new Advice(), style);
            if (advice.putSecond(line.paragraphs().get(0))) {
                advice.citeAll(line.sources());
            }
        }
        return advice;
    }

    public Advice addPolice(Advice advice, ChannelStyle style) {
        return add(advice, POLICE_NON_EMERGENCY, "national.police", style);
    }

    /** Whether a paragraph gives the police's non-emergency number (national.yml), as a reply states it. */
    public boolean isPoliceNonEmergencyLine(String paragraph) {
        return paragraph.contains(" " + helplines.get(POLICE_NON_EMERGENCY).phone() + " ")
                || paragraph.contains(" " + helplines.get(POLICE_NON_EMERGENCY).phone() + ",")
                || paragraph.contains(" " + helplines.get(POLICE_NON_EMERGENCY).phone() + ".");
    }

    /** Whether this number is the police's non-emergency line (national.yml), digits compared. */
    public boolean isPoliceNonEmergency(String number) {
        return byPhone(number).filter(h -> POLICE_NON_EMERGENCY.equals(h.id())).isPresent();
    }

    public Advice addSilentSolution(Advice advice, ChannelStyle style) {
        return add(advice, "silent-solution", style.spoken() ? "national.silent.voice" : "national.silent", style);
    }

    /** The Silent Solution in the words of {@code key}, which names its number as {phone}. */
    public Advice addSilentSolution(Advice advice, ChannelStyle style, String key) {
        return add(advice, "silent-solution", key, style);
    }

    public Advice addSamaritans(Advice advice, ChannelStyle style) {
        return add(advice, "samaritans", "national.samaritans", style);
    }

    // A number the reply already gives (Childline said to a child, then again as the national number where a
    // document has none) is not given a second time in other words.
    private Advice add(Advice advice, String id, String key, ChannelStyle style) {
        NationalHelpline h = helplines.get(id);
        String phone = h.phone() == null ? null : style.phone(h.phone());
        boolean given = phone != null && h.phone().replaceAll("\\D", "").length() >= 6
                && advice.paragraphs().stream().anyMatch(p -> p.contains(phone));
        if (given) {
            return advice;
        }
        advice.add(wording.format(key, values(h, style)));
        return advice.citeAll(List.of(h.source().label()));
    }

    private Map<String, String> values(NationalHelpline h, ChannelStyle style) {
        Map<String, String> values = new HashMap<>();
        values.put("name", h.name());
        values.put("phone", h.phone() == null ? "" : style.phone(h.phone()));
        values.put("url", h.url() == null ? "" : h.url());
        values.put("email", h.email() == null ? "" : h.email());
        values.put("hours", h.hours() == null ? "" : h.hours());
        values.put("purpose", h.purpose());
        String terms = java.util.stream.Stream.of(Boolean.TRUE.equals(h.free()) ? wording.text("national.free") : null,
                h.hours()).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
        values.put("terms", terms.isEmpty() ? "" : " (" + terms + ")");
        return values;
    }
}

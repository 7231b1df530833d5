package uk.mashline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImmediateRiskDetectorTest {

    private final TextNormaliser normaliser = TextNormaliser.standard();
    private final ImmediateRiskDetector detector = ImmediateRiskDetector.standard();

    private Optional<String> detect(String text) {
        return detector.detect(normaliser.normalise(text)).map(RiskSignal::rule);
    }

    private boolean strong(String text) {
        return detector.detect(normaliser.normalise(text)).map(RiskSignal::strong).orElse(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "he's outside rn and i'm scared",
        "my step dad is hitting my mum right now",
        "hes got a knife",
        "my baby isnt breathing",
        "my son is unconscious and wont wake up",
        "she's taken a load of pills",
        "my friend took all her mums tablets",
        "he said he's going to kill us all",
        "i want to kill myself",
        "my mate is self harming right now",
        "he is beating her",
        "someone is raping my sister",
        "my 4 year old is missing",
        "can't find my toddler anywhere",
        "the kids have been left home alone all night",
        "there's blood everywhere",
        "the house is on fire",
        "he strangled her",
        "my dad's drunk and coming back tonight",
        "he's banging on the door trying to get in, please help",
        "he's here, he's going to hurt me",
        "need an ambulance",
        "hes threatening to stab me",
        "a gang have got my son in a flat and say he has to work it off", "he rapd me",
        "shes on a video call and he keeps telling her to undress on camera", "i dont feel safe at home tonight",
        "the cutting lady is coming tomorrow for my nieces", "someone is trying to get into the house",
        "police officer here, the dad is at the door now with a knife",
        "the police officer is here now, he hit her",
        "he is killing me", "she wants to die", "im dying",
        // a witnessed drug habit is blanked, an overdose or a parent who will not wake still fires
        "the kids saw him take drugs and now he wont wake up", "my son watched his dad take heroin tonight",
        // the child with the writer in their own room is safe; a girl in a room with a man is not (lead-40)
        "hotel staff here, a man has checked in with a girl who looks about 14, they're in the room now",
        // self-harm ruled out goes, harm told beside it stays (lead-41)
        "no self harm before but tonight she cut her arms and it wont stop bleeding",
        "my daughter is self harming right now in the bathroom and wont open the door",
        "no self harm til tonight, shes cutting now and theres blood everywhere",
        // care-48: the self-harm words beside a referral or consent question go only with nothing of now in the message
        "youth worker, family said no to a referral, shes self harming right now in the toilets, can i refer without consent",
        "DSL here, she has just self harmed in the toilets and its bleeding, do i need consent to refer",
        "parents refused consent, she is self harming again tonight and says she wants to end it, can i still refer",
        "can i refer without consent, she took tablets and is self harming now",
    })
    void firesOnDangerNow(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hi there",
        "how do i make a referral",
        "i disagree with the decision to close the case",
        "what is the police non emergency number",
        "just trying to kill time while I wait",
        "this form is killing me, how do i change my address", "my back is killing me",
        "she nearly died of embarrassment", "im dying to know what they decided",
        "can i share information without consent",
        "who do i complain to about my social worker",
        "i would like to speak to a person",
        "thanks bye",
        "the family need help with housing and parenting",
        "my child keeps missing school",
        "is this level 2 or level 3 on the threshold document",
        "Police sergeant. CSC refused a strategy meeting. Spoke to their TM, now escalating to stage 2 today",
        "im a police sergeant, now escalating to stage 2 today",
        "he isnt there now hes at work",
        "the kids have seen their dad take drugs at his flat",
        // esc helper's unseen set, 29th session: the cues threatening ("going to take") and unsafe-now ("help me")
        "ok im going to take it to my manager first, how long have i got",
        "im 16 in a childrens home, they have decided im not allowed to move into semi independent yet, i disagree. who can help me",
        "im 15 in foster care and they have decided i cant go on the school trip abroad, i disagree. who can help me",
        // self-harm ruled out in so many words (lead-41: the rule self-harm, from "just" in "can we just support")
        "school nurse, yr 9 boy low and tearful since his nan died, no self harm, dad very supportive. do i need to refer or can we just support in school",
        // care-48: a child's self-harm as the case of a practitioner's referral or consent question (own set care-48-a AL01)
        "youth worker. family have said no to me making a referral for their 14yo, shes self harming and not going to school, i think it meets tier 3. can i still refer without consent",
        "mum has refused consent for a referral, her 15yo is self harming and low, what happens now",
    })
    void staysQuietOnHarmlessMessages(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    @Test
    void namesTheRuleThatFired() {
        assertEquals(Optional.of("weapon"), detect("he has a knife"));
        assertEquals(Optional.of("not-breathing"), detect("she is not breathing"));
    }

    // risk-48: an ignore reads the context around its phrase in the message as written, even where an earlier ignore blanked it
    // ("she tried to kill herself last year but says shes fine now": "is fine now" was blanked first, so the past-attempt
    // ignore never saw it - the 47th session's first known miss), and still in the text the earlier ignores left ("told me
    // today" blanked before a friend's ongoing abuse is read); a danger word outside the blanked phrase still counts
    @Test
    void anIgnoreReadsItsContextAsWrittenAndAsTheEarlierIgnoresLeftIt() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "ignore\t\\bis fine now\\b",
                "ignore\t\\btold me today\\b",
                "ignore\t\\btried it\\b(?=.{0,40}\\bfine now\\b)(?!.{0,40}\\bagain\\b)",
                "ignore\t\\bdoes stuff\\b(?!.{0,40}\\btoday\\b)",
                "rule\ttried\t\\btried it\\b",
                "rule\tstuff\t\\bdoes stuff\\b"));
        assertEquals(Optional.empty(), tiny.detect("she tried it last year but she is fine now"));
        assertEquals(Optional.empty(), tiny.detect("he does stuff to her she told me today"));
        assertEquals(Optional.of(new RiskSignal("tried", true)), tiny.detect("she tried it but she is fine now she says again"));
        assertEquals(Optional.of(new RiskSignal("stuff", true)), tiny.detect("he does stuff to her today she is fine now"));
    }

    @Test
    void rulesAreDataWithDefinesIgnoresAndAllOf() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "# comment",
                "define\tNOW\t\\b(?:now|tonight)\\b",
                "ignore\t\\bkill time\\b",
                "rule\tkill\t\\bkill\\b",
                "rule\tscared-now\t\\bscared\\b\t{NOW}"));
        assertEquals(Optional.of(new RiskSignal("kill", true)), tiny.detect("he will kill her"));
        assertEquals(Optional.empty(), tiny.detect("we kill time"));
        assertEquals(Optional.of(new RiskSignal("scared-now", true)), tiny.detect("i am scared now"));
        assertEquals(Optional.empty(), tiny.detect("i am scared"));
        assertEquals(Optional.empty(), tiny.detect(""));
        assertEquals(Optional.empty(), tiny.detect(null));
    }

    @Test
    void aHarmlessLineIsBothBlankedBeforeTheRulesAndSafeWording() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "present\t\\bnow\\b",
                "harmless\t\\bmum will kill me when she sees my report\\b",
                "rule\tkill\t\\bkill\\b"));
        assertEquals(Optional.empty(), tiny.detect("my mum will kill me when she sees my report"));
        assertTrue(tiny.reassures("my mum will kill me when she sees my report"));
        assertFalse(tiny.reassures("my mum will kill me when she sees my report, she is here now"));
        assertEquals(Optional.of(new RiskSignal("kill", true)), tiny.detect("my mum will kill me"));
        assertFalse(tiny.reassures("my mum will kill me"));
    }

    @Test
    void cuesAreWeakAndHistoricWordingWeakensStrongRules() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "historic\t\\bused to\\b",
                "present\t\\bnow\\b",
                "cue\tmissing\t\\bmissing\\b",
                "rule\thit\t\\bhit\\b"));
        assertEquals(Optional.of(new RiskSignal("missing", false)), tiny.detect("my son is missing"));
        assertEquals(Optional.of(new RiskSignal("hit", true)), tiny.detect("missing and he hit me"));
        assertEquals(Optional.of(new RiskSignal("hit", false)), tiny.detect("he used to hit me"));
        assertEquals(Optional.of(new RiskSignal("hit", true)), tiny.detect("he used to hit me and he is doing it now"));
    }

    @Test
    void aHabitSilencesACueButNeverAStrongRule() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "habitual\t\\balways\\b",
                "present\t\\bnow\\b",
                "cue\talone\t\\balone\\b",
                "rule\thit\t\\bhit\\b"));
        assertEquals(Optional.empty(), tiny.detect("the kids are always alone"));
        assertEquals(Optional.of(new RiskSignal("alone", false)), tiny.detect("the kids are always alone and alone now"));
        assertEquals(Optional.of(new RiskSignal("hit", true)), tiny.detect("he always hit me"));
    }

    @Test
    void safeNowWordingWeakensStrongRulesAndSilencesCuesUnlessDangerIsPresent() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "safe\t\\bwith me now\\b",
                "present\t\\boutside\\b",
                "cue\tscared\t\\bscared\\b",
                "rule\thit\t\\bhit\\b"));
        assertEquals(Optional.of(new RiskSignal("hit", false)), tiny.detect("her dad hit her and she is with me now"));
        assertEquals(Optional.empty(), tiny.detect("she is scared but she is with me now"));
        assertEquals(Optional.of(new RiskSignal("hit", true)), tiny.detect("he hit her she is with me now and he is outside"));
        assertEquals(Optional.of(new RiskSignal("scared", false)), tiny.detect("she is scared and he is outside, she is with me now"));
    }

    @Test
    void safeNowWordingNeverWeakensAnUnsoftenedRule() {
        ImmediateRiskDetector tiny = ImmediateRiskDetector.parse(List.of(
                "safe\t\\bwith me now\\b",
                "unsoftened\tbleeding held",
                "cue\tbleeding\t\\bbleeding\\b",
                "rule\theld\t\\bbeing held\\b",
                "rule\thit\t\\bhit\\b"));
        assertEquals(Optional.of(new RiskSignal("bleeding", false)), tiny.detect("she is bleeding but she is with me now"));
        assertEquals(Optional.of(new RiskSignal("held", true)), tiny.detect("he is being held, his sister is with me now"));
        assertEquals(Optional.of(new RiskSignal("hit", false)), tiny.detect("her dad hit her and she is with me now"));
        assertThrows(IllegalArgumentException.class, () -> ImmediateRiskDetector.parse(List.of(
                "unsoftened\tno-such-rule", "rule\thit\t\\bhit\\b")));
    }

    /** A child safe now with the writer, harm that is over, or something seen and reported: a worry, not 999. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my son came back from his dads with a bruise, his dad grabbed him, hes with me now",
        "teacher - pupil came in with a burn on his hand, he's in class now and fine",
        "my sister's ex strangled her in the summer, they split up",
        "my friend got hit by her bf and her kids saw it, she's back with him now",
        "i need a person to help me",
        "im a young mum and i feel so alone with the baby",
        // a foster carer after telling of a mark (blind set 6, G16: "is here" outweighed "is safe", 999)
        "shes here with me, shes safe",
        // a conference's decision, not a child taken (probe after blind set 6, P01: taken-child, 999 with Samaritans)
        "the chair at todays review conference took the child off the plan against our view",
    })
    void safeNowAndOverAreNotDangerNowToTheRules(String message) {
        assertTrue(!strong(message), message);
    }

    /** "here with me" with no safe wording: the person may be the threat, so it stays danger now (G16's guard). */
    @Test
    void hereWithMeWithoutSafeWordingStillFires() {
        assertTrue(strong("he is here with me and the kids and wont leave"));
        assertTrue(strong("shes here with me, hes outside"));
        assertTrue(strong("he has taken the child and wont bring her back"));
    }

    /** A child beaten with a belt or a cable: 999 first, whatever the model says (it gave 0.36 on 2026-11-30). */
    @ParameterizedTest
    @ValueSource(strings = {
        "im 12 and my mum hits me with a belt", "my dad beats us with a cable when he is drunk", "she whips me with a wire",
    })
    void aChildBeatenWithABeltIsStrong(String message) {
        assertTrue(strong(message), message);
        assertTrue(!strong("my dad hit me with a belt when i was 8"));
    }

    /**
     * An attack being prepared, and an injured baby whose carers refuse hospital: 999 first whatever the model says
     * (it gave both the concern reply at 0.93-0.97, blind set d, 2026-11-30), and it outlasts safe-now wording.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my cousin says hes going to blow up the school, hes been making something in the shed",
        "he has bought stuff to make a bomb and says its happening this weekend",
        "the baby has a swollen leg and screams when touched but dad wont let me take her to hospital",
        "toddler has a bad scald and mum is refusing to go to a&e, they are with me now",
    })
    void anAttackBeingPreparedAndAnUntreatedInjuryAreStrong(String message) {
        assertTrue(strong(message), message);
    }

    /**
     * Harm months or years over asks the model to be surer and silences a cue ("raped at a party 2 years ago" got the
     * 999 reply from the model alone at 0.90, blind set b), unless the message says danger is present now.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "she told me she was raped at a party two years ago",
        "my cousin was taken abroad to be married last year and she is back now",
        "my grandad hit me when i was 8",
        "my uncle touched me a few years ago, i never told anyone",
    })
    void longPastHarmReassuresAndSilencesACue(String message) {
        assertTrue(detector.reassures(normaliser.normalise(message)), message);
        assertEquals(Optional.empty(), detect(message), message);
        assertTrue(!detector.reassures(normaliser.normalise(message + " and he is coming round tonight")), message);
        assertTrue(detect(message + " and he is coming round tonight").isPresent(), message);
    }

    /**
     * Harm over and the child with the writer, meals skipped to lose weight, parents' rows as a habit, an adult's own word
     * that they will do nothing stupid (care helper's first set, 28th session: each got 999 first): reassured, no rule -
     * and each with danger now in it still fires.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "its 1am and i cant stop crying. ive just found out my ex was hurting my daughter on his weekends. she is asleep "
                + "here with me now and safe. i just need to talk to someone",
        "just watched back the nursery camera app and saw a member of staff slap my 2 year old on the leg this afternoon. "
                + "hes home with me now",
        "i keep skipping meals so i lose weight and now i cant stop even when im starving. i dont want my mum to know",
        "my mum n her bf keep fighting and i just stay in my room",
        "1am sat in my car outside crying. my 15 yr old has been kicking off again, im not going to do anything stupid i "
                + "just need someone to talk to",
    })
    void harmOverOrAHabitToldBesideSafetyIsNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), message);
        assertTrue(detector.reassures(normaliser.normalise(message)), message);
    }

    // when a child told the writer is not when the harm was, and "hes nowhere near" is safe wording (care helper's second
    // set, 28th session: 999 from the rule sexual-assault-now); a harm happening now still fires
    @Test
    void theTimeOfTheTellingIsNotTheTimeOfTheHarm() {
        assertEquals(Optional.empty(), detect("2am and im in bits, my daughter told me tonight her step dad touched her when "
                + "she stayed there in the summer. shes with me, hes nowhere near. i need to talk to someone"));
        assertTrue(detect("my daughter told me tonight her stepdad touched her and hes coming to get her now").isPresent());
        assertTrue(detect("she told me today that he touched her, he is in the house right now").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"he is hurting my son right now", "my parents keep fighting and dad just hit mum",
            "my mum n her bf keep fighting and hes hitting her right now",
            "my daughter was hit by her dad, shes home with me now, hes at the door"})
    void theSameWordsWithDangerNowStillFire(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /** A habit ("always", "most nights") reassures like long-past wording, unless danger is present (lead's trial N2). */
    @ParameterizedTest
    @ValueSource(strings = {
        "my neighbours kid is always outside late at night on his own, hes about 8",
        "the kids over the road are out on the street till midnight most nights",
    })
    void aHabitReassuresUnlessDangerIsPresent(String message) {
        assertTrue(detector.reassures(normaliser.normalise(message)), message);
        assertTrue(!detector.reassures(normaliser.normalise(message + " and tonight he is outside with a man")), message);
        assertTrue(!detector.reassures(normaliser.normalise(message + ", one of them just got in a car with a man")), message);
    }

    /**
     * care-47: a child who "still lives with mum", told of a habit, is no presence (own set care-47-a CS04: 999 from the model
     * alone at 0.49 to a grown-up brother's worry); still living with him, with a stepdad who harms, or harm now still is.
     */
    @org.junit.jupiter.api.Test
    void aChildStillLivingWithAParentIsNoPresenceButWithTheOneWhoHarmsIs() {
        assertTrue(detector.reassures(normaliser.normalise("im 23, my little brother is 9 and still lives with mum in tipton. "
                + "shes using again and hes missing school and making his own tea every night. what can i do")));
        assertTrue(!detector.reassures(normaliser.normalise(
                "my little sister is 9 and still lives with our stepdad who touches her every night")));
        assertTrue(!detector.reassures(normaliser.normalise("my niece still lives with him, he hits her every night")));
        assertTrue(detect("my sister is 8 and still lives with him, he hits her every night").isPresent());
        assertTrue(detect("my little sister is 9 and still lives with our stepdad who touches her every night").isPresent());
        assertTrue(detect("my nephew still lives with his mum and she is hitting him right now").isPresent());
        assertTrue(detect("my little brother still lives with mum and shes passed out drunk on the floor now, hes only 5")
                .isPresent());
    }

    /**
     * Danger that only the model caught, or nothing did, in cross-validation (2026-11-30): a one-word "quick", a baby
     * crying for hours with nobody there, a registered sex offender with children tonight, a child hit "with things".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "quick", "the toddler upstairs has been screaming for hours and i saw the mum go out",
        "police: rso found staying the night at a house with two young girls, he is there tonight",
        "my dad hits me with whatever he finds", "my brother is covered in bruises and cant walk properly",
        // a child's disclosure in the present tense: the child's reply with 999 first (typed-as-users.yml)
        "my mums boyfriend touches me when she's out",
    })
    void crossValidatedDangerIsCaughtByRules(String message) {
        assertTrue(strong(message), message);
        assertEquals(Optional.of("crying-for-hours"), detect("my baby has been crying all night with colic, any tips"));
        assertEquals(Optional.empty(), detect("my mums new boyfriend is on the sex offenders register"));
    }

    /**
     * Danger with no risk word whose 999 reply hung on the model near its floor or a cue's margin (routing, eighth session;
     * one such line was lost to retraining on unrelated lines): strong rules now. Examples written for the test.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my son has a charger cable tied round his neck in the bathroom", "found him hanging from the banister",
        "her boyfriend has just slapped our 3 year old", "theres a toddler walking along the bypass on his own",
        "my 14 yr old has gone to meet a lad from snapchat she has never met",
        "a man in a van keeps asking my 10 year old to get in his van",
        "the perpetrator is collecting him from school at 3", "some bloke has booked her a taxi to his, shes 13",
        "she said she was at her mates but her mate says she never arrived and its 1am, shes 12",
        "a teenager is sitting on the edge of the multi storey car park", "she took something and her lips have gone blue",
        "they are taking her to a lady at the weekend to make her clean, shes 7", "the wedding is at the weekend, im 15",
    })
    void dangerTheModelBarelyCaughtIsStrong(String message) {
        assertTrue(strong(message), message);
    }

    /** The same words over or harmless: not danger now (routing, eighth session). */
    @ParameterizedTest
    @ValueSource(strings = {
        "he wears his school tie round his neck", "my lips are dry", "my ex never turned up to collect the kids from school",
        "my daughter went to meet a friend from school in town", "my husband told me to get in the car",
        "last year a man bought her a train ticket to see him, she was 14, police dealt with it",
        "my dog got out and i cant find him", "my mum hasnt been taking her meds and stays in bed, im 13",
        "pupil disclosed self harm, no immediate risk, what threshold", "my daughter self harmed last year and we need support",
        "my dad hits me when hes been drinking but hes asleep now",
    })
    void harmOverOrHarmlessIsNotStrong(String message) {
        assertTrue(!strong(message), message);
        assertTrue(strong("my dad hits me when hes drunk, hes asleep now but when he wakes up hes going to kill me"));
        assertTrue(detect("my dad hits me when hes been drinking but hes asleep now and i am scared to go home").isPresent());
        assertTrue(detect("my son self harmed last year and tonight he is cutting again").isPresent());
    }

    /**
     * A meeting with someone from online set well ahead, a child taken to a party weeks ago: a worry, no rule (routing,
     * ninth session). Examples written for the test.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my 13 year old is planning to meet a man from instagram next month",
        "my son is going to meet an older guy he met online in the summer holidays",
        "she wants to meet a stranger from roblox one day",
        "they took my niece to a party in a hotel last month, she is 15",
        "i will hurt his feelings if i take his xbox, hes 12", "my son is 9, i am going to hit the roof",
        "my daughter is 8, the neighbour knocked on the door yesterday to ask about the fence",
        "single mum, on my own with the twins and not coping, theyre 2",
    })
    void aMeetingWellAheadOrATakingWeeksAgoIsNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    /** The same meetings and takings near or now, and a carer afraid of hurting the child: still danger. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my 13 year old is planning to meet a man from instagram tonight",
        "she is meeting a man she met online next month, or tonight he says, shes 14",
        "my daughter has gone to meet a boy from snapchat, nothing was said about when",
        "my son is going to meet an older guy he met online at 6",
        "they took my daughter to a party last month and she is still not home",
        "lone parent, i cant cope, i feel like i might hurt the baby", "im so tired i think i might shake him, hes 4 months old",
        "a man has my daughters pics and says she has to pay him by 10pm", "im being sextorted, he gave me an hour to send money",
        "dad is at work and someone keeps banging on the door, im 8",
        "im 9 and on my own with my baby brother and i cant cope",
    })
    void aMeetingNearOrNowAndACarerAfraidOfHarmingStillFire(String message) {
        assertTrue(detect(message).isPresent(), message);
        assertTrue(strong("lone parent, i cant cope, i feel like i might hurt the baby"));
    }

    /** Abuse material seen online and deleted or reported is a worry to report (blind set c, 2026-11-30). */
    @ParameterizedTest
    @ValueSource(strings = {
        "i got sent a picture of a naked child in a group chat, i left the group and deleted it",
        "someone posted a video of my son being slapped, its been reported to tiktok and taken down",
    })
    void abuseMaterialDeletedOrReportedIsOver(String message) {
        assertEquals(Optional.empty(), detect(message), message);
        assertTrue(detect(message + ", he says he will do it again tonight").isPresent(), message);
    }

    /** A beating happening now is present, whatever else the message says ("not now he is at work but mum is hitting me"). */
    @Test
    void aBeatingHappeningNowOutweighsSafeWording() {
        assertTrue(detector.reassures(normaliser.normalise("my dad hits me when hes angry, not now hes at work")));
        assertTrue(detect("not now he is at work but mum is hitting me").isPresent());
        assertTrue(detect("shes with me now but her dad is hitting her mum").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i need the police non emergency number to report my car was keyed",
        "childcare costs a bomb and im going to have to give up work",
        "my daughter wants bath bombs for christmas, any ideas for a family on a budget",
    })
    void policeNumbersAndMoneyAreNotDanger(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    // written for the ignores (ordinary helper, eleventh session), none a line of a test set
    @ParameterizedTest
    @ValueSource(strings = {
        "can someone from my sons team call me today, its urgent but not an emergency",
        "not an emergency but fairly urgent, i need my social workers email",
        "paramedic here, attended an elderly lady last week, her grandkids visit and the house is full of needles, do we refer",
        "ambulance crew were called to a fall, mum was fine but the children looked unkempt, is that a referral",
    })
    void urgentButNotAnEmergencyAndACrewsPastCallOutAreNotDanger(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "its not an emergency but he is hitting her right now",
        "paramedic attended, baby not breathing properly and mum is drunk",
        "ambulance crew here, toddler with injuries and the partner is being aggressive to us now",
    })
    void dangerToldBesideThoseWordsStillFires(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the kids are with me now but he is outside with a knife",
        "she is at school now but he said he will kill her when she gets home",
        "he's back and smashing the place up",
    })
    void safeWordingNeverHidesDangerThatIsPresent(String message) {
        assertTrue(strong(message), message);
    }

    /** Being safe with the writer protects from a person, not from bleeding or an overdose (lead's probe, 2026-11-30). */
    @ParameterizedTest
    @ValueSource(strings = {
        "my sister cut her wrists, its deep, shes with me now",
        "my friend took an overdose an hour ago, she says she is fine",
        "my baby isnt breathing properly, she is with me now",
    })
    void safeWordingNeverHidesABodyInDanger(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm worried about the kids next door, they get left alone a lot and look hungry",
        "the parents are always drunk and the kids look after themselves",
        "can my 11 year old stay in on her own after school till i finish work",
        "at what age can my son walk to school by himself",
        // flows helper's probe, 1 Dec: 999 to a question about the law
        "what age does a child have to be to be left home alone",
        "what age do kids have to be to stay home on their own",
        // lead's sealed q19: where or how such a thing is reported is a question, not a child alone now
        "where do you report a child being left home alone",
        "how do i report kids being left on their own",
        // a worker's next visit, not someone on the way (lead's q19 regression)
        "a social worker came to see us today about my daughter and shes coming back next week",
        "the health visitor said she is coming back on thursday to check on the baby",
        // fear of what telling leads to (lead's child sweep)
        "i said something about my dad to my teacher and now im scared what will happen",
    })
    void habitsAndQuestionsAboutAgeAreNotDangerNow(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my dad hits me all the time and he is hitting me right now",
        "can someone come my 4 year old is alone and i cant get there",
        "its half 1 in the morning and my 12 year old still isnt back and her phone's dead",
        "the kids are always left alone and tonight they are alone again with no heating",
        "where do i report kids left home alone, they are on their own right now",
        "my ex said hes coming back tonight to take the kids and he had a knife last time",
        "im scared what will happen when he gets home tonight, he said hell hurt me",
    })
    void dangerNowStillFiresBesideHabitsAndQuestions(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /**
     * Older rules read too much (lead's trial and the second session, 30 Nov): a young child coming into the parents'
     * bed after a nightmare, a father taking a child's phone, and a parent's suspicion of self-harm with nothing
     * happening now are worries, not danger now.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my son comes into our bed at night after nightmares",
        "our 4 year old still climbs into our bed every night",
        "my dad comes in my room and takes my phone",
        "i think my 12 year old is self harming, shes asleep now",
        "i think my 12 year old is self harming, ive seen scratches on her arms, shes asleep now",
        "im worried my son might be self harming",
        // a mark left on a child, a phone taken away, a child who keeps going missing (blind set e, unsealed)
        "my child's teacher grabbed him by the arm and left a bruise",
        "i found messages on my daughters phone from an adult man asking for pics, shes 12, ive taken the phone off her",
        "my grandson is 13 and keeps going missing and coming back with expensive stuff",
    })
    void everydayNightsPhonesAndSuspicionsAreNotDangerNow(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    /** ...while the same words with danger in them still meet a rule. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my step dad comes in my room at nite and i dont like it",
        "dad gets into bed with me and i dont like what he does",
        "my dad comes in my room at night and touches me",
        "my uncle comes into my bed when mum is out",
        "she has cut herself and its bleeding a lot",
        "i think my daughter is self harming right now, she's locked in the bathroom",
        "i think my son is self harming and he says he wants to die",
        "my mums boyfriend comes in my room and takes my phone and touches me",
        "my 4 year old has been left alone, she has a bruise",
        "she is 14 and her phone is off and she is not home",
        "my son keeps going missing and he is missing again tonight",
    })
    void nightVisitsBleedingAndSelfHarmNowStillFire(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /**
     * Fifth session (sealed set f, set i): children back home with the writer, the one who hurts at work now, self-harm
     * with old scars and no current injuries, a parent at the end of their rope, a teenager shouting and slamming doors,
     * and a parent taking a child's tablet away are worries or questions, not danger now: no strong rule, and no cue at
     * all unless the words are a past harm a practitioner asks about.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my ex drinks every time he has the kids and drives them about, theyre back home with me now",
        "im 12 my dad hits my mum when hes drunk i get scared but hes at work now",
        "my 7 yr old has terrible meltdowns and im at the end of my rope, is there any parenting support",
        "my teenager is out of control, shouting swearing slamming doors, i dont know what to do anymore",
        "my 15 year old is so rude and stroppy, screaming at me and slamming the door",
        "found out my son (12) has been talking to a man online who told him to keep it secret, ive blocked him and took the tablet",
        "my daughter ran off on friday night, shes back home now but wont say where she was",
    })
    void childrenBackWithTheWriterAndParentsWornOutAreNotDangerNow(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @Test
    void oldScarsAndNoCurrentInjuriesMakeSelfHarmAPastWorry() {
        String dsl = "DSL here, yr 9 pupil disclosed self harm (old scars, no current injuries), does this meet threshold";
        assertTrue(!strong(dsl), dsl);
        assertTrue(detector.reassures(normaliser.normalise(dsl)), dsl);
        assertTrue(strong("pupil disclosed self harm, old scars but she says she will kill herself tonight"));
        assertTrue(strong("she has old scars but she is self harming right now in the bathroom"));
    }

    /** ...while the same words with danger in them still meet a strong rule. */
    @ParameterizedTest
    @ValueSource(strings = {
        "theyre back with me now but he said hes coming round tonight to take them",
        "he is back with me now and hes been drinking and hitting the kids",
        "the kids are back with me now but he is outside banging on the door",
        "he is at work now but he said when he gets home hes going to kill us",
        "hes at work now but hes coming back at 6 and said he will batter me",
        "my dad is at work now but he beat me with a belt this morning and im scared to go home",
        "i took the tablets, all of them",
        "i took her tablets, the whole box",
        "im at the end of my rope literally, i have a rope in the garage",
        "my son is out of control and has a knife, hes threatening me right now",
        "my teenager is shouting and smashing the house up and hit his sister, shes bleeding",
        "my daughter is screaming and her dad has locked himself in the bedroom with her",
        "my son is back home now but hes bleeding from his head",
        "shes back home now but he is outside the house waiting for her",
    })
    void theSameWordsWithDangerInThemStayStrong(String message) {
        assertTrue(strong(message), message);
    }

    /**
     * FGM or a forced marriage about to happen, in a child's or a relative's words (the lead's sealed-set score, 30 Nov
     * 16:18: one such line was missed): strong, with a near time, "when we go", a flight or a passport.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my auntie says they are doing the cutting on my little sister when we go to see family",
        "im 11 and my mum says im going to get cut this weekend at my grans",
        "my cousin told me shes being cut tomorrow when they go back home",
        "the lady who does the cutting is coming to our house on sunday for me and my sister",
        "my niece is 6 and my brother wants to get her cut when they visit nigeria this half term",
        "mum is taking us to somalia next week and my big sister says thats when they get you cut",
        "im 15 and my dad is flying me out tomorrow to get married to my cousin and i dont want to",
        "they have booked flights for next week, my sister is 14 and they are marrying her off over there",
        "my parents took my passport and say the wedding is next weekend, im 17 and i dont want to marry him",
        // cross-validation (fifth session) missed it with the age and the wedding 62 characters apart
        "im 14 and my dad booked the flights for friday, he says im getting married over there",
        "her dad took her and wont bring her back",
        "a man took my son from the park",
    })
    void fgmOrAForcedMarriageAboutToHappenIsStrong(String message) {
        assertTrue(strong(message), message);
    }

    /** ...but not a haircut, a budget, a plan years away, harm that is over with the child safe, or a child taken into care. */
    @ParameterizedTest
    @ValueSource(strings = {
        "im taking my daughter to get her hair cut tomorrow, anyone know a kids hairdresser",
        "our funding is going to be cut next week",
        "a 16 yr old told me her family want her to marry her cousin when she finishes school in two years",
        "my sister in law is planning to take her daughter back home to have her cut, theyre not going till next summer",
        "my cousin has been talking about a trip abroad to be cut like her big sister, nothing booked yet",
        "DSL: yr 10 disclosed self harm, no current intent, parents aware, refer or early help",
        "my ex threatened to take my son and run, but my son is home with me and safe",
        // a child taken into care is a family's disagreement (lead's N14), not an abduction
        "social services took my kids into care and i think its wrong, who can i speak to",
        "the hospital took the baby off me at birth and i dont agree",
    })
    void haircutsBudgetsPlansYearsAwayChildrenSafeNowAndCareOrdersAreNotStrong(String message) {
        assertTrue(!strong(message), message);
    }

    /**
     * Sixth session (the lead's sealed set h, tuning set k): rows heard before with a quiet night now, a passer-by's sight
     * of a slap earlier today, FGM planned for the summer holidays or next year, and an interpreter asked for the parent
     * beside the caller are worries or requests: no rule or cue fires.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "the couple downstairs row all the time and i often hear the kids screaming, its quiet tonight though",
        "we hear the neighbours smashing things most weekends and the kids crying, tonight its quiet, can someone check",
        "saw a dad slap his little boy in the park this afternoon, i got the reg of the car",
        "a girl in my class said her family are taking her abroad in the summer holidays to be cut",
        "my niece says she will be taken back home to get cut next year",
        "Somali interpreter for mum please, she's here with me",
        "my dad is here with me and needs a Polish interpreter",
        "witnessed a man slap his son outside the chippy earlier, i wrote down the car reg",
        "im going to take this to the ombudsman",
        "my stepdaughter might be self harming, her mum found marks on her arm",
    })
    void aQuietNightASightEarlierTodayAPlanMonthsAwayAndAnInterpreterAreNotDangerNow(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    /** ...and quiet rows are reassuring for the model too: it must be surer than usual (the reassured floor). */
    @Test
    void aQuietNightAfterRowsHeardOftenReassures() {
        assertTrue(detector.reassures(normaliser.normalise(
                "the couple downstairs row all the time and i often hear the kids screaming, its quiet tonight though")));
    }

    /** ...while danger in the same words still fires, and a rash that does not fade or a child out of a window is strong. */
    @ParameterizedTest
    @ValueSource(strings = {
        "he was screaming at the kids and now its gone quiet and i cant hear the baby",
        "i saw a man hit a little girl and he put her in his van this afternoon",
        "a girl in my class said her family are taking her abroad in the summer holidays to be cut, they fly tomorrow",
        "i need an interpreter, my husband beats me and he is here with me now",
        "my baby has a temperature and a rash that doesnt fade when i do the glass test",
        "a toddler is hanging out of an upstairs window across the road and nobody is answering",
        "i saw my dad hit my mum this morning and hes drunk",
        "i just saw a man punching a kid this afternoon and hes still hitting him",
        "shes been self harming for months and tonight shes cut really deep",
    })
    void dangerInTheSameWordsStillFires(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my baby has a temperature and a rash that doesnt fade when i do the glass test",
        "a toddler is hanging out of an upstairs window across the road and nobody is answering",
        "a girl in my class said her family are taking her abroad in the summer holidays to be cut, they fly tomorrow",
        "i need an interpreter, my husband beats me and he is here with me now",
        // a parent locked in with the child (blind set i, caught by the model alone until lines about other things moved it)
        "my partner has locked me and the kids in the house and taken the keys",
        // the one who abused a child is to see them today (cross-validation, sixth session)
        "the man who abused my daughter has messaged her and wants to meet her after school today",
    })
    void aRashThatDoesNotFadeAChildOutOfAWindowAndAFlightTomorrowAreStrong(String message) {
        assertTrue(strong(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // goodbye signs with no suicide word
        "my brother has left letters for all of us on his desk and gone out",
        "she has been giving all her things away this week and saying goodbye to her mates",
        "found an empty packet of paracetamol in his room and hes not picking up",
        "text from my son: im sorry i love you, look after the dog for me",
        // forced into a vehicle
        "two men just pushed a girl into the back of a van on our road",
        "some lads shoved my little brother in the car boot and drove off",
        // FGM in its euphemisms, soon
        "my mum says this summer im going to be made clean like my sisters, we fly next week",
        "my friend says the lady is coming to her house tomorrow to do the cutting",
        // poison drunk or eaten
        "my 2 year old has chewed a dishwasher tablet",
        "my sister swallowed some weedkiller from the shed",
        // an adult meeting or picking up a child tonight, a groomer's taxi
        "im 15 and my boyfriend is 27, hes picking me up at 8 tonight",
        "a 35 year old man is meeting my 14 year old daughter at the station today",
        "some men from the takeaway are collecting my niece tonight, shes 13",
        "the older man she talks to online has sent a taxi for her tonight, shes 14",
    })
    void goodbyeSignsAVehicleFgmWordsPoisonAndAGroomersPickUpAreStrong(String message) {
        assertTrue(strong(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my son gave away his old xbox to his cousin",
        "i put the shopping in the boot of the car and left the kids with nan",
        "my daughter is 16 and her boyfriend is 19, theyre going to the cinema tonight",
        "we are going abroad next summer for a family wedding",
        "my son got a bloody nose in a fight at school last week",
        "came home with a bloody lip on saturday, hes fine now",
        "my dad used to beat me with his belt when i was little, he has a new partner with a baby",
        "my ex strangled me two years ago, we split up and he has supervised contact",
    })
    void minorHarmOrHarmLongOverIsNotStrong(String message) {
        assertTrue(!strong(message), message);
    }

    @Test
    void decidingOnOnesOwnAnAdultsAgeAndAChildHomeNowAreNotAChildAlone() {
        assertEquals(Optional.empty(), detect("can a 14 year old consent on her own to seeing the gp"));
        assertEquals(Optional.empty(), detect("my 80 year old dad isnt coping at home on his own"));
        assertTrue(detect("my 4 year old is at home on his own").isPresent(), "a child's age is still a child");
        assertTrue(detect("she was left on her own all night, shes 13").isPresent());
        assertTrue(detector.reassures(normaliser.normalise("she was missing on friday, police found her, she is home now")));
    }

    @Test
    void aParentCopingOnTheirOwnOrALostJobIsNotAChildAloneOrMissing() {
        assertEquals(Optional.empty(), detect("im struggling to cope with a newborn and a toddler on my own"));
        assertEquals(Optional.empty(), detect("lost my job and the kids are going without"));
        assertTrue(detect("im 9 and im on my own and its dark").isPresent());
        assertTrue(detect("i have lost my little boy in the park, hes 4").isPresent());
    }

    @Test
    void aChildDrinkingBleachInFewWordsIsStrong() {
        assertTrue(strong("my son 4 years drink bleach please what i do"));
    }

    @Test
    void longPastWordingSilencesAStrongRuleUnlessItLasts() {
        assertEquals(Optional.empty(), detect("when i was 8 my stepdad hit me with a belt, im 15 now"));
        assertTrue(detector.reassures(normaliser.normalise("when i was 8 my stepdad hit me with a belt, im 15 now")),
                "the model must then be surer");
        // lasting rules keep firing: an abuser meeting the child, bleeding, a groomer's pick-up
        assertEquals(Optional.of("abuser-meeting"),
                detect("the man who abused her two years ago is picking her up after school today"));
        assertTrue(detect("she self harmed years ago and now she has taken a load of tablets").isPresent());
        assertTrue(strong("i just got punched by my stepdad and my nose is bleeding"), "a bloody nose from a blow now");
    }

    @Test
    void dangerNowIsStrongAndHistoryIsOnlyACue() {
        assertTrue(strong("he has got a knife and he is outside now"));
        assertTrue(strong("my baby is not breathing"));
        assertTrue(!strong("my dad used to threaten to kill us when I was little"));
        assertTrue(!strong("my son has been carrying a knife for protection"));
    }

    @Test
    void thePrefilterNeverChangesTheVerdict() {
        List<String> texts = new java.util.ArrayList<>();
        IntentCorpusLoader.fromDirectory(java.nio.file.Path.of("intents")).intents()
                .forEach(f -> texts.addAll(f.examples()));
        HeldOutExample.read(HeldOutExample.DEFAULT_FILE).forEach(e -> texts.add(e.text()));
        texts.addAll(List.of("kill time then he has a knife", "hes here", "help", "a", "i am 9 and alone",
                // a rule's second top-level alternative ("...|\\bcoming back tonight\\b") once slipped past the filter
                "coming back tonight", "my brother is coming back tonight", "the man is coming back tonight"));
        for (String text : texts) {
            String normalised = normaliser.normalise(text);
            assertEquals(detector.detectWithoutPrefilter(normalised), detector.detect(normalised), text);
        }
    }

    @Test
    void thePrefilterNeverChangesWhatReassures() {
        List<String> texts = new java.util.ArrayList<>();
        IntentCorpusLoader.fromDirectory(java.nio.file.Path.of("intents")).intents()
                .forEach(f -> texts.addAll(f.examples()));
        HeldOutExample.read(HeldOutExample.DEFAULT_FILE).forEach(e -> texts.add(e.text()));
        texts.addAll(List.of("shes safe now", "he was arrested 2 years ago", "she is always out late",
                "she is always out late and hes outside right now", "a", "im not safe now", "safe and well"));
        int reassured = 0;
        for (String text : texts) {
            String normalised = normaliser.normalise(text);
            boolean expected = detector.reassuresWithoutPrefilter(normalised);
            assertEquals(expected, detector.reassures(normalised), text);
            reassured += expected ? 1 : 0;
        }
        assertTrue(reassured > 50, "the lines cover reassuring wording: " + reassured);
    }

    @Test
    void everyTopLevelAlternativeOfARuleIsTried() {
        // the filter once read only the first alternative of "\\b(?:he|she...) (?:is|are) ...|\\bcoming back tonight\\b"
        assertEquals("threat-present", detector.detect(normaliser.normalise("the man is coming back tonight"))
                .map(RiskSignal::rule).orElse("none"));
    }

    @Test
    void rejectsBrokenRuleFiles() {
        assertThrows(IllegalArgumentException.class, () -> ImmediateRiskDetector.parse(List.of("rule\tx\t{UNDEFINED}")));
        assertThrows(IllegalArgumentException.class, () -> ImmediateRiskDetector.parse(List.of("rule\tx\t(unclosed")));
        assertThrows(IllegalArgumentException.class, () -> ImmediateRiskDetector.parse(List.of("oops\tx\ty")));
    }

    /**
     * A hit told from afar, hedged or done with is a worry, not the 999 reply (lead's probes, tenth session: the cue
     * being-attacked-now fired on "is hitting her" with no time or presence); told plainly in the present, or with a
     * time, or with the writer or the family at home as the ones hurt, it still fires.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "think my mates mum is hitting her, she comes to school with marks",
        "we found out the au pair has been slapping our 2 year old, we sent her away yesterday",
        "i think he is hurting the kids on his contact weekends",
        "i suspect the lad over the road is being beaten by his stepdad",
        "saw a video of a kid being beaten up at the park, who do i tell",
    })
    void aHitToldFromAfarIsNoCue(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i think my mates mum is hitting her right now, she just messaged me",
        "i think my neighbour is hitting his kid, i can hear it now",
        "worried my dad is hitting my mum",
        "i think hes hurting me",
        "the man is hitting the boy",
        "someone is attacking us",
        "my child is being attacked",
        "a dad is hitting his son in the car at the traffic lights",
        "hes hitting her again, she comes to school with marks",
    })
    void aHitToldInThePresentStillFires(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /** The one who hurt sent away, or police at the scene with the children safe: reassuring, unless danger is present. */
    @Test
    void theHarmerSentAwayOrPoliceWithTheChildrenSafeReassures() {
        assertTrue(detector.reassures(normaliser.normalise("our au pair was slapping the baby, we have sent her away")));
        assertTrue(detector.reassures(normaliser.normalise("PC at a domestic, kids safe upstairs")));
        assertTrue(detector.reassures(normaliser.normalise("the children are unharmed, officers on scene with mum")));
        assertTrue(detector.reassures(normaliser.normalise("a football went through our kitchen window")));
        assertTrue(detector.reassures(normaliser.normalise("will they take my kids off me")));
        assertTrue(!detector.reassures(normaliser.normalise("will they take my kids off me, hes outside now")));
        assertTrue(!detector.reassures(normaliser.normalise("we sent him away but he is outside now banging on the door")));
        assertTrue(!detector.reassures(normaliser.normalise("PC at a domestic, kids safe upstairs, dad is still here and kicking off")));
    }

    /**
     * Every ignore and rule is tried only where its words occur. An adult survivor's ignore opening with a group of
     * look-arounds as alternatives, and a trifle's ignore opening with an optional word and an optional space, were
     * searched at every position of every message: under load, most of the classifier's CPU.
     */
    @Test
    void noRuleIsSearchedAtEveryPosition() {
        assertEquals(0, ImmediateRiskDetector.standard().searchedEverywhere());
    }

    /**
     * A young child whose whereabouts nobody knows, told as a timeline: the age said as the son or daughter, and "none of
     * them know where" (blind tester q32: a 9-year-old gone to the river at 4, nobody knowing where at 7 pm, had no 999).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my daughter is 7 she went to the park with the older girls at 3 and none of them know where she is now, its nearly 6",
        "our boy is 8, went to the woods with his mates after school and none of the other kids know where he went, getting dark",
        "my son is 10 and went down the canal with some lads at lunch, none of them have seen him since",
    })
    void aYoungChildNobodyCanPlaceForHoursIsStrong(String message) {
        assertTrue(strong(message), message);
    }

    /** The same words without a child unaccounted for: no danger now. */
    @ParameterizedTest
    @ValueSource(strings = {
        "my son is 9 and none of his friends know where the party is on saturday",
        "my daughter is 7, none of the teachers know where her reading book went",
    })
    void aChildWithAThingNobodyCanPlaceIsNoDanger(String message) {
        assertTrue(detect(message).isEmpty(), message);
    }

    /**
     * A case, a stage or an escalation "not moving" is a process stuck (the old sealed set q25, F10: a Medway officer's stage
     * 2 "not moving" got the 999 reply from the rule unconscious, lead's run, 33rd session).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "its at stage 2 with the service managers and not moving. our AD will take it to their deputy director on 21st dec",
        "the referral is still not moving, who do i chase",
        "our escalation has been with their team manager a fortnight and is not moving at all",
    })
    void aProcessNotMovingIsNoDanger(String message) {
        assertTrue(detect(message).isEmpty(), message);
    }

    /** A person not moving still fires, though a process is named in the same message. */
    @ParameterizedTest
    @ValueSource(strings = {
        "i raised a complaint and then found my dad on the floor not moving",
        "the case worker came and now my son is not moving",
        "things got bad, he hit her and she is not moving",
        "my baby is not moving",
    })
    void aPersonNotMovingStillFires(String message) {
        assertTrue(strong(message), message);
    }

    /** The groomer wording is tried only where "groomer" occurs, not searched everywhere, and still fires. */
    @Test
    void aGroomersPickUpTonightStillFires() {
        assertTrue(strong("the groomer is picking my 14 year old up tonight at 8"));
        assertTrue(strong("a groomer from snapchat is meeting my 13 year old at 6 today"));
    }

    /** The number that is not 999, a dog shut in a car and a harm told with its year are not danger now (routing, tenth session). */
    @ParameterizedTest
    @ValueSource(strings = {
        "whats the number for the police thats not 999",
        "theres a dog locked in a hot car outside tesco",
        "my ex hit me in 2021 and now wants 50/50 custody",
        "my daughter was raped at 13, shes 17 now and never told police",
        "she got her first phone at christmas, now a man keeps messaging her",
        "my landlord is threatening to evict me",
        "my childs dad was arrested for dv in march and has just been released, he wants to see the kids",
        "the kids next door kicked a football through my window",
        "teacher - a 6 year old in my class keeps hiding food in her bag",
        "my 19 year old son keeps threatening to leave home",
    })
    void theOtherNumberADogInACarAndAHarmWithItsYearAreNoDanger(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i cant ring 999 he will hear me",
        "the baby and the dog are locked in the car",
        "dog locked in the car with my toddler, its boiling",
        "he hit me in 2019 and he is outside now",
        "my daughter was raped at 13 and hes coming round tonight",
        "a man she met online is waiting outside now",
        "he was arrested for dv last year and he is outside now kicking the door",
        "dad is threatening to kick me out tonight and i have nowhere to go, im 15",
        "he kicked the ball at my head and now hes punching me",
        "i took a whole strip of my mums sleeping tablets 10 mins ago",
        "im hiding in the wardrobe, hes got my phone",
        "my son is 16 and keeps hiding his tablets, i think hes saving them up",
    })
    void aChildInTheCarOrDangerNowStillFires(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /**
     * Danger now the rules missed or left to the model (danger helper, eleventh session): a stranger in the child's room, children
     * with no adult there, a small child shut in a car ("4yo" read as a child), a groomed child at the groomer's place now, a threat
     * to do something at a school told with extremist words, people in and out of a flat with a child now. Examples written for
     * the test, not lines of the helper's unseen set.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "theres a man i dont know in my sons room",
        "two kids under 5 in the flat, mum and dad not there, front door wide open",
        "my 3yo is locked in the car and i cant find the keys",
        "my sister is being groomed by an older man and she is at his flat right now",
        "my cousin reads extremist stuff and says he will do something at the mosque on friday",
        "there are lads going in and out of the flat with a 13 year old girl now",
    })
    void aStrangerInTheHomeChildrenWithNoAdultAndAChildShutInACarAreStrong(String message) {
        assertTrue(strong(message), message);
        assertTrue(detect("dad has been drinking all night and is in charge of my baby sister").isPresent());
        assertTrue(strong("she took a load of tablets at christmas and is seeing camhs but tonight she says she wants to do it again"));
        assertTrue(strong("he is back in the house and hes drunk and shouting at the kids"));
    }

    /**
     * The same kinds of words with the harm over, a habit, a plan years off or a general question (danger helper, eleventh
     * session): no rule, and the model must be sure. Examples written for the test.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my nephew took an overdose last year, he is out of hospital and doing well now",
        "she self harms, the marks are old scars, she is fine at the moment but wont talk to me",
        "is it abuse if mum takes my phone off me",
        "there are kids going in and out of that house at all hours",
        "a dad picked his daughter up smelling of alcohol on monday, should i have called someone",
        "my son got a message threatening to share his pics, he hasnt paid anything",
        "i think a girl at the car wash is being trafficked but she is not in immediate danger",
        "her parents say she will have to get married one day, shes 14",
        "my 16yo wants to go abroad to fight one day",
        "nursery: 2yo came in with nappy rash, no injuries seen",
        "my son took some of my tablets in the summer and is seeing a counsellor now",
        "the social worker closed it and mums partner is back in the home, i want to challenge it",
    })
    void harmOverAHabitAPlanYearsOffOrAQuestionIsNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "what age can my son stay home on his own",
        "is it ok to leave my 11 year old while i pop to the shop",
        "my dad smokes weed with my little brother in the room",
        "my parents will send me back home to be married when im older",
        "the self harm has left old scars, she is ok at the moment",
    })
    void aQuestionAHabitOrAPlanYearsOffReassures(String message) {
        assertTrue(detector.reassures(normaliser.normalise(message)), message);
    }

    /**
     * A child set upon by a group now, and a man with a young girl or boy at his place now, heard or seen (routing, twelfth
     * session): cues, where the model had answered with the concern report. Examples written for the test, not lines of the
     * helper's unseen sets.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "my nephew is getting jumped by the station by some older lads",
        "a group are laying into a boy on the field right now",
        "the bloke in the end house has a young girl in his flat again and i can hear her screaming",
        "a guy has two teenage girls in his car in the car park right now, they look about 13",
    })
    void aGroupSettingOnAChildAndAManWithAYoungGirlAtHisPlaceNowAreCues(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /**
     * The same words as a habit or someone's own child, and an adult relative told with an adult's age (CONTEXT, eleventh
     * session: "my brother is 30 ... carers aren't feeding him" got 999 from injured-child). Examples written for the test.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "the man next door keeps bringing young girls back to his flat, i think hes grooming them",
        "my sister is 45 and her husband isnt feeding her properly since her stroke",
        "my son is 24 and has a broken wrist, the hospital says its fine",
    })
    void aHabitAndAnAdultRelativeWithAnAdultsAgeAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my sister is 19 and her baby is floppy and wont wake up",
        "my son is 18 months and has a burn on his hand thats blistering",
        "my daughter is 20 and has taken a load of tablets",
    })
    void aChildBesideAnAdultRelativeAndDangerToAnyoneStillFire(String message) {
        assertTrue(detect(message).isPresent(), message);
    }

    /**
     * A child not home or missing and with men now is a cue; a habit of it, and a question about telling of a child's self-harm,
     * are not (routing, twelfth session, second set). Examples written for the test.
     */
    @Test
    void aMissingChildWithMenNowIsACueAndTellingOfSelfHarmIsNoRule() {
        assertTrue(detect("my 14 year old has not come home and her friend says she is at a party with some older men").isPresent());
        assertTrue(detect("im worried, can i tell her teacher about her self harm, she says she cut again tonight").isPresent());
        assertEquals(Optional.empty(), detect("my foster daughter goes missing a lot and is always with older men, her social worker knows"));
        assertEquals(Optional.empty(), detect("do i have to share information about a pupils self harm with her parents"));
    }

    /** Temper at a wall and a threat to a pet are no rule; a threat to a person beside it still is (routing, twelfth session). */
    @Test
    void punchingWallsAndAThreatToAPetAreNoRule() {
        assertEquals(Optional.empty(), detect("my daughter keeps kicking doors when shes cross, any help for her temper"));
        assertEquals(Optional.empty(), detect("her stepdad said he would kill the dog if she told anyone, she is safe at school"));
        assertTrue(detect("he says he will kill the dog and then kill me tonight").isPresent());
        assertTrue(detect("dad is punching mum right now and the kids are watching").isPresent());
        assertTrue(detect("my ex is kicking the door in and my little boy is screaming").isPresent());
    }

    /**
     * A weapon brought into a school or a youth club is a strong rule with no word of time; a policy question, a workshop or a
     * weapon taken off the child is not (routing, fourteenth session). Examples written for the test.
     */
    @Test
    void aWeaponBroughtIntoSchoolIsStrong() {
        assertEquals(Optional.of("weapon-at-place"), detect("a lad in year 10 has got a knife in his blazer pocket"));
        assertTrue(strong("my son says a boy brought a gun into class and showed it off at lunch"));
        assertTrue(strong("there is a kid at the youth club carrying a machete"));
        assertFalse(strong("if a pupil brings a blade into school do we ring the police or you"));
        assertFalse(strong("we are running a knife crime awareness session for year 9"));
        assertFalse(strong("student brought a knife into college yesterday, security confiscated it and police are aware, refer?"));
    }

    /**
     * A child who arrived at the writer's setting or home with a mark got before is a worry to pass on, not danger now; a
     * refused treatment, pain now, a threat or fear of going home beside it still fire (routing, fourteenth session).
     */
    @Test
    void anInjuryTheChildArrivedWithIsNoRule() {
        assertEquals(Optional.empty(), detect("the toddler i look after came in with a burn on her arm and dad was vague about it"));
        assertEquals(Optional.empty(), detect("my son came back from his dads with bruises on his legs, he says he fell"));
        assertTrue(strong("she arrived at nursery with a scald on her arm, she is screaming and mum refuses to take her to hospital"));
        assertTrue(detect("he came in with bruises on his face and is too scared to go home tonight").isPresent());
    }

    // risk helper, 23rd session (blind tester's kinds): a child getting into a car with men now, a violent adult gone off with
    // a child, a child gone to meet "him" now - all strong; the same things over, or a parent who fled with the children, are not
    @ParameterizedTest
    @ValueSource(strings = {
        "youth worker, one of our girls (14) has just got in a car with 3 men in their 20s",
        "pcso here, 13yo female just got into a silver audi with two adult males",
        "my friend just got into a van with a man she was talking to on insta shes only 13",
        "police officer at a dv incident, the suspect has left with the youngest who is 2",
        "health visitor, mum says her partner left 10 mins ago with the baby after beating her",
        "shes gone to meet him now she left like 10 mins ago",
        "shes meeting him rn at the bus station",
        "my daughter 13 has snuck out to meet someone she met online, she went about 20 mins ago",
        "a 15 year old on a cse plan has just been picked up by the older male we were worried about",
    })
    void aChildGoneOffWithMenOrAViolentAdultNowIsStrong(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "last week she got into a car with some older lads, school told me",
        "mum left with the kids to her sisters after the domestic, they are safe there",
        "i am meeting him at 3 to talk about the kids",
        "my daughter is going to meet him next summer when she is older",
    })
    void aCarLastWeekAParentWhoFledOrALaterMeetingIsNotStrong(String message) {
        assertFalse(strong(message), () -> "should not be strong: " + message);
    }

    // risk helper, 23rd session: a hot thing touched, children taken into care told to complain, shouting and names with "dont want
    // to go home", shouting next door - no rule; the danger each rule was narrowed from still fires
    @ParameterizedTest
    @ValueSource(strings = {
        "mum says he touched the oven",
        "nursery said she touched the hob at home and has a little burn",
        "you lot took my kids off me and no one tells me anything, how do i complain",
        "social services took my son into care last year, i want to complain",
        "my parents are always shouting at me and calling me names and i dont want to go home after school",
        "loads of shouting next door again, kids in there",
    })
    void aBurnByTouchARemovalToComplainAboutAndShoutingAloneAreNoRule(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "he touched me there and said not to tell",
        "my uncle touched her in the bath just now",
        "he took my kids off me and drove off, hes drunk",
        "i dont want to go home hes going to hit me",
        "dont want to go home tonight im scared of my dad",
        "i dont feel safe at home",
        "theres screaming and smashing next door and the kids are crying",
        "shouting and banging next door, a kid is screaming",
    })
    void theDangerTheNarrowedRulesMustStillCatchFires(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk helper's unseen set, 25th session: a row between brothers and sisters talked up and a weapon of a day gone by are
    // worries (the model then weighs them, as for any message with no rule)
    @ParameterizedTest
    @ValueSource(strings = {
        "my twins keep screaming theyre going to murder each other over the tablet, theyre 8, how do i stop the fighting",
        "hi my two lads keep threatening to kill each other over the tv remote",
        "my girls say theyll murder each other if they have to share a room any longer",
        "there was a big fight on our estate on saturday night and a lad got stabbed, my son saw it and cant sleep",
        "a boy was stabbed outside the chippy on friday night and my 12 year old saw it all, hes having nightmares",
        "there was a stabbing near the school last week and my daughter is scared to walk home",
        "i think my niece is being hit at home she flinches if you move quick",
    })
    void aSiblingRowAndAWeaponOfADayGoneAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    // ...while a weapon still had or turned on someone, someone there or coming back, a fight with weapons now still fire; and a
    // child left alone while a carer goes out, told as a habit, still fires too: the child may be alone now (flows 9, B02)
    @ParameterizedTest
    @ValueSource(strings = {
        "my 15 year old got jumped on saturday and now hes got a knife in his room and says hes going after them",
        "my ex threatened me with a knife on sunday, im scared",
        "he pulled a knife on me yesterday and said hes coming back for me",
        "my son was stabbed last night and hes still bleeding",
        "he stabbed her last night and hes still in the house with the kids",
        "the lads who stabbed my son on saturday are outside my house",
        "my brothers are fighting over the xbox and one has a knife, hes saying hes going to kill him",
        "my kids are going to kill each other they are fighting with knives",
        "my ex has left our 6 year old home alone tonight and gone to the pub",
        "she leaves him alone when she goes out and hes there on his own right now, hes 4",
        "my ex leaves our 7 year old home alone while she goes down the pub",
        "come quick hes hitting her",
    })
    void aWeaponStillHadOrNearAFightWithWeaponsAndAChildAloneNowStillFire(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk helper's first set, 29th session: a family's or friends' anger over a trifle, the children's fighting wearing a
    // parent down, a cold home with no money for the meter, police protection told as years ago, a game taunt told as online
    // only, and a sextortion demand a day ahead are no rule (the model then weighs them; the day-ahead demand reassures)
    @ParameterizedTest
    @ValueSource(strings = {
        "my mums going to kill me when she sees my report, how do i get help with my maths",
        "my mates are gonna kill me if i bottle the penalty on sunday lol",
        "my dad will literally kill me when he sees the dent in his car lol",
        "my 13 yr old says shell murder me if i turn the wifi off at 9 haha",
        "my wife will kill me when she sees how much i spent on the kids christmas presents",
        "my boys fighting is killing me, theyre 9 and 11, i need some help with their behaviour",
        "the gas has run out on the meter and i cant top up till friday, the kids are freezing",
        "last year the police took my kids into police protection, they came home in march",
        "this boy on roblox keeps saying hes gonna stab me but i dont even know him in real life",
        "my 12 yr old keeps getting told on fortnite that a group of players are going to come to his house and kill him",
        "some guy on insta has got my nudes and says pay him 150 by tomorrow or he sends them to everyone at my school",
        "a man online is threatening to send my sons nudes unless he pays 100 quid by tomorrow, my son is at home with me",
        "my line manager will murder me if i miss this deadline",
        "my boss is going to kill me over the late report",
        "my manager is gonna murder me if the rota is late again",
        "the traffic on the m25 is murder, ill be late to collect my son",
        "my grandad has alzheimers and keeps going out at 3am, hes 79",
        "my son will kill me when he finds out i rang about his phone bill lol",
    })
    void aTrifleAColdHomeAGameTauntAndADemandADayAheadAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    // ...while the same words with telling, leaving, being gay, a hit, someone coming home, a weapon, tonight, within the
    // hour, dying, or someone outside still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "he said hell kill me if i tell",
        "my dad says hell kill me if i tell anyone about what he does to me",
        "mums boyfriend said hes gonna kill me when she goes out tonight, im 12",
        "my husband will kill me if i leave",
        "dad says hell kill mum tonight",
        "my dad will kill me if he finds out im gay",
        "my dad will kill me when he gets home and sees the dent",
        "my stepdad said hes going to kill me when he gets home cos i broke the telly",
        "my brother is going to kill me when he gets out, he has a knife",
        "the kids are freezing outside in the snow and mum has locked them out, we have no money",
        "police have just taken the kids into police protection",
        "a lad from fortnite is outside our house now saying hes going to kill my son",
        "someone is blackmailing my son with his nudes and says he has to pay by midnight tonight",
        "he wants 100 quid within an hour or he posts my pics everywhere",
        "someone wants 300 by tomorrow or he posts my nudes and i want to kill myself",
    })
    void theSameWordsWithARealThreatOrDangerNowStillFire(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk helper, 33rd session: harm named as the case of a professional's decision, or with a month or season gone by, with the
    // time of the professional's own call ("rang their team manager this morning") no longer read as present - a cue at most
    @ParameterizedTest
    @ValueSource(strings = {
        "substance misuse worker here, csc wont do a strategy on a 4yo whose dad overdosed in front of her, my manager rang their manager this morning",
        "first response nfa'd a family where mum was strangled by her partner, i took it to their team manager today",
        "dad choked mum in front of the kids back in september and the mash closed the case, i emailed the service manager this afternoon",
        "we disagree with the step down, the 6yo disclosed her stepbrother touching her in the summer, i spoke to their tm today",
        "the police declined our referral about a 9yo whose mum overdosed in august",
        "she was strangled by her ex in the spring, mash said it doesnt meet threshold, who do i escalate to",
        "teacher here, a yr 9 girl told me her step dad strangled her mum back in june, theyve split up since",
    })
    void aHarmNamedAsTheCaseOfADecisionOrWithAMonthGoneIsNotStrong(String message) {
        assertFalse(strong(message), () -> "should not be strong: " + message + " " + detect(message));
    }

    // ...while the same cases with danger said now still fire as strong rules
    @ParameterizedTest
    @ValueSource(strings = {
        "mash nfa'd it but dad is strangling mum right now",
        "first response closed the case and tonight he overdosed again",
        "i rang the social worker this morning and dad is outside now with a knife",
        "spoke to the sw this morning, mum is overdosing right now",
        "csc stepped it down and he has just strangled her again",
        "i disagree with the decision, hes there now and hes got his hands round her throat",
        "he strangled her in october and hes back tonight",
    })
    void theSameCasesWithDangerNowStillFireStrong(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message + " " + detect(message));
    }

    // people going in and out of a flat with a child, told with no time of now (second-hand, or as a habit): a worry to report
    @ParameterizedTest
    @ValueSource(strings = {
        "the older lads say a 15yo is going in and out of a flat with blokes in their 20s",
        "the girl next door is 14 and shes always going in and out of that flat with men",
        "my mate reckons a 13 yr old girl is going in and out of the house on the corner with older men",
    })
    void inAndOutWithNoTimeOfNowIsNotTheRule(String message) {
        assertFalse(detect(message).filter("in-and-out-now"::equals).isPresent(), () -> "should not fire: " + message);
        assertFalse(strong(message), () -> "should not be strong: " + message + " " + detect(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "there are men going in and out of the flat next door with young girls right now",
        "kids going in and out of the crack house next door at the moment",
        "a 13 year old is going in and out of that flat with men tonight",
    })
    void inAndOutNowStillFires(String message) {
        assertEquals(Optional.of("in-and-out-now"), detect(message), () -> "should fire: " + message);
    }

    // a success told "today" with words between, a teenager back and in bed, a fear of a thing, a toddler's own body, self-harm in a
    // school year gone or clean for years, FGM or a marriage in the summer holidays months ahead: no strong rule
    @ParameterizedTest
    @ValueSource(strings = {
        "my son scored a hat trick today hes buzzing",
        "she won her race at the gala today and shes made up",
        "my 15yo came home at 3am, we had a row, hes back now and in bed",
        "my son has been terrified of fire alarms since the drill at school",
        "my daughter is petrified of the dark and wont sleep alone",
        "is it normal for my 3 year old to keep touching his privates at bath time",
        "my toddler keeps fiddling with his willy is that normal",
        "my 5 year old daughter keeps touching her private parts at nursery, is this normal",
        "i self harmed in year 8 but ive been clean for 2 years, can i still get counselling",
        "she self harmed in yr 9 and has been clean since",
        "my mother in law says my 7yo will become a woman when they go back home in the summer holidays",
        "they keep saying my cousin will be married off when we go back home for the summer holidays",
    })
    void ordinaryWordsThatLookedLikeDangerAreNotStrong(String message) {
        assertFalse(strong(message), () -> "should not be strong: " + message + " " + detect(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my son scored today but now hes been stabbed",
        "my dad is back and hes drunk and shouting",
        "my ex is back",
        "my son is terrified of his dad and dad is coming round tonight",
        "my 4 year old said her uncle keeps touching her privates",
        "the man is touching her privates",
        "i self harmed again tonight even though i had been clean for 2 years",
        "they leave on sunday to get her cut",
        "theyre taking her this weekend to become a woman",
        "my stepdad has his hands round mums throat rn",
        "my stepdad has his hands round my sisters neck",
        "my parents have booked me a flight tomorrow to marry my cousin and i dont want to go",
        "theyre taking me to pakistan next week to marry my cousin and i dont want to",
    })
    void theDangerBesideThoseWordsStillFires(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "im flying to pakistan next week to marry my fiance, so excited",
        "my brother is getting married tomorrow and we are all so happy",
    })
    void aWantedWeddingIsNotAForcedMarriage(String message) {
        assertFalse(detect(message).filter("forced-marriage-imminent"::equals).isPresent(), () -> "should not fire: " + message);
    }

    // a child's passport taken or gone with a ticket or a flight soon: about to be taken abroad
    @ParameterizedTest
    @ValueSource(strings = {
        "my passport has gone missing and i found a plane ticket with my name on for next friday",
        "my dad just took my passport and said we are going tomorrow not in summer",
        "my ex has hidden my sons passport and booked flights for tomorrow",
        "they have taken my passport and we are flying on saturday",
    })
    void aPassportTakenWithATripSoonIsStrong(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message + " " + detect(message));
    }

    // ...not a passport to renew, a trip months away, nor a child who cannot talk to anyone at home (no one listening now)
    @ParameterizedTest
    @ValueSource(strings = {
        "we are going on holiday to spain next week, where do i renew my passport",
        "my passport has run out and we fly next month",
        "they took my passport to get my visa sorted for the summer",
        "im 16 and i cant talk to anyone at home they check my phone",
    })
    void aPassportErrandAndNobodyToTalkToAreNotStrong(String message) {
        assertFalse(strong(message), () -> "should not be strong: " + message + " " + detect(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i cant talk hes listening",
        "i cant talk to anyone hes in the next room listening",
        "i cannot speak he will hear me",
    })
    void cannotTalkBecauseSomeoneListensStillFires(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message + " " + detect(message));
    }

    // blind tester's kinds, 33rd session: heard from others or seen over recent weeks, a friend's disclosure of harm at times passed on
    // by a child, a sugar high, a baby that finally stopped crying and sleeps, a practitioner's confidentiality question, a teenager
    // back and asleep: no rule, or a cue the model must back
    @ParameterizedTest
    @ValueSource(strings = {
        "apparently a 13 year old from my sons class is going in and out of a flat by the shops with grown men",
        "a bloke has been hanging round the school gates filming kids on his phone most mornings lately",
        "my mate told me at break her stepbrother touches her when their parents are out, what should i do",
        "my friend told me today that her uncle does stuff to her when he babysits, im 12",
        "the kids were high as kites on sugar after the party lol",
        "they were off their heads on haribo after the birthday, how do i calm them down",
        "my baby has a cold and cried all evening, she finally stopped crying and is asleep, can i get a gp appointment tomorrow",
        "youth worker, a 16yo told me in confidence shes self harming and begged me not to tell her parents, can i keep it confidential",
        "my 16yo didnt come home till 3am, hes back now and asleep, should i be worried about who hes hanging round with",
    })
    void hearsayAFriendsDisclosureASugarHighAndAConfidenceAreNotStrong(String message) {
        assertFalse(strong(message), () -> "should not be strong: " + message + " " + detect(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my friend just told me her uncle is touching her right now and she is locked in",
        "my mate says her dad hits her when hes drunk and hes drunk now",
        "the baby has stopped crying and is floppy",
        "the baby stopped crying and wont wake up",
        "a man is filming the kids at the park right now",
        "she is self harming right now and asked me not to tell her parents",
        "dad is drunk and high and looking after the baby",
    })
    void theSameWithDangerNowStillFires(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // an adult survivor of the one who did it long dead, and the night visits of a childhood told with an adult's age (lead, 34th
    // session): no rule; a death feared now, a body found or a child named near it still fires
    @ParameterizedTest
    @ValueSource(strings = {
        "hes been dead for years, i just want to talk to somebody about it",
        "he died, hes been dead for a long time now but i still think about it",
        "when i was little my mams boyfriend used to come into my room at night. im in my forties now, i just need to say it",
    })
    void aSurvivorsPastIsNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i think he is dead now, he isnt moving",
        "my baby isnt breathing, he is dead now",
        "she is dead now i just found her, there is blood everywhere",
        "i just found my little brother in the bath, he is dead now",
        "my stepdad comes into my room at night, im 13",
    })
    void aDeathNowOrNightVisitsToAChildStillFire(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // idioms of killing and death, a child's hyperbole over a trifle, a child asking about telling of a parent's drug use: no rule
    @ParameterizedTest
    @ValueSource(strings = {
        "my son is dead set on going to the party, hes killing me with the begging",
        "the baby has been screaming blue murder since teething started",
        "im going to kill my sister when she gets home shes eaten my chocolate again",
        "if i tell about my mum taking drugs will i get put in care",
    })
    void idiomsOfKillingAndATellingQuestionAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hes killing me help",
        "im going to kill him when he gets home, he hit my mum again",
        "my mum is taking drugs right now and wont wake up",
        "my mum has taken loads of pills",
        "dad says he will kill my sister when she gets home",
    })
    void theRealThreatsAndOverdosesStillFire(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // 34th session (risk helper): a trifle told before the threat, a parent's own baby that will not stop crying, a game's taunt
    // asked about in other words, a faint that is over with another's ambulance asked about: no rule
    @ParameterizedTest
    @ValueSource(strings = {
        "my sister used my good hoodie again without asking and stretched it, honestly im gonna kill her",
        "my 5 week old has colic and just will not stop crying all evening, any tips",
        "our son is 9 and a lad on fortnite told him hes going to find his house and murder him, how do i report this",
        "my son blacked out in assembly this morning, hes absolutely fine now, why did the school not ring an ambulance",
    })
    void aTrifleACryingBabyAGameTauntAndAFaintOverAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    // ... and the same words with harm, danger now or a question for help now still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "my brother punched me and broke my phone, im going to kill him",
        "the baby next door has not stopped screaming for hours and her mum went out this morning",
        "my 3 month old has not stopped screaming since her dad shook her",
        "my son blacked out in assembly and is still not waking up properly",
        "my daughter has fainted and is not breathing right should i ring an ambulance",
        "the baby has stopped crying and gone floppy",
    })
    void theSameWithHarmOrDangerNowStillFire(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    @Test
    void aParentsOwnCryingBabyReassuresButNotWithAHarmBesideIt() {
        assertTrue(detector.reassures(normaliser.normalise(
                "my 2 month old has a blocked nose and hasnt stopped crying since lunch, is that normal")));
        assertFalse(detector.reassures(normaliser.normalise("my 2 month old hasnt stopped crying since his dad dropped him")));
    }

    // the blind tester's and the routes helper's kinds, 34th session, in other words: pests and weeds killed off, food one could
    // murder, a film's monster coming for a child, an abuser dead for years, a child withdrawn in their room for weeks, a child grabbed
    // by the arm by a member of staff, a 17-year-old put out and staying with friends: no rule
    @ParameterizedTest
    @ValueSource(strings = {
        "how do i kill off the moss on our patio without harming the dog",
        "i could honestly murder a bacon sarnie after that school run",
        "since watching that film my 4yo is sure the clown is going to get her and screams at bedtime",
        "my grandad did it to me for years but hes been dead for twenty years now",
        "my 14 year old has not come out of her bedroom for weeks except to eat, shes so low",
        "a teaching assistant grabbed my daughter by the wrist and dragged her to the office, i want to complain",
        "my 17 yr old got kicked out by his mum and is staying at his mates for now",
    })
    void idiomsFearsOfFilmsAndWorriesToReportAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    // ... and the same words with a person, danger now or a child taken still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "he says he is going to kill off the whole family tonight",
        "my dad is dead on the kitchen floor and the kids are here",
        "a man grabbed my daughter at the bus stop and put her in a car",
        "my 14 year old has locked herself in her bedroom and says she has taken pills",
        "my 15 yr old was kicked out tonight and is sleeping rough in the park",
    })
    void theSameWithAPersonOrDangerNowStillFire(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // the risk helper's kinds, 35th session, in other words than its set: a child's "going to kill me" with the adverb before "going to",
    // a harm in a drawing done in class, a panic attack's feeling of dying, a whether-question about teenagers' pictures, play jumping
    // off furniture, children "killing" a worn-out parent, a picture already sent round, a friend's telling with its place and day,
    // photos taken a few times this month, harm denied with "not": no rule
    @ParameterizedTest
    @ValueSource(strings = {
        "my dad is honestly going to murder me when he sees my maths results",
        "art teacher, a yr 4 girl drew her family with a knife and lots of blood in her book today, do i pass it on",
        "i get really bad anxiety at night and my chest goes tight and i feel like i am going to die",
        "is it just experimenting if a 14 year old sends nudes to her boyfriend who is 16",
        "my toddler loves jumping off the sofa onto the cushions all day",
        "the twins are killing me this week, theyre teething",
        "my friend told me in registration today that her stepdad hits her when he is drunk",
        "a girl in year 9 had a topless photo of her passed around the whole year group, she is devastated",
        "someone has been filming children at the bus stop a couple of times this week",
        "the man next door shouts at his boys all the time but he is not hitting them",
        "miss is gonna kill me because ive lost my reading book again",
        "our eldest knocked them dead in the panto, so proud",
    })
    void jokesDrawingsPanicAndThresholdQuestionsAreNoRule(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    // ... and the same words with a hurt, a weapon drawn, pills, a man, a height, a threat or danger now still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "my dad is honestly going to murder me when he finds out im pregnant",
        "he drew a knife on my brother in the kitchen",
        "she drew on her arm with a blade in class and its bleeding",
        "i have panic attacks but tonight i swallowed all my tablets and i feel like im going to die",
        "my 14 year old is sending nudes to a 25 year old man, is that illegal",
        "im going to jump off the multi storey car park tonight",
        "my kids are killing me, their dad is hitting them",
        "he sent my nudes round and says he will send more unless i pay him tonight",
        "a man is taking photos of the kids in the playground right now",
        "my dad is hitting my mum right now",
        "ive been cutting and it wont stop bleeding, theres blood everywhere",
        "my teacher says he will kill me if i tell anyone what he does",
    })
    void theSameWithHarmOrDangerNowStillFire35(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    @Test
    void aPanicAttacksFeelingAThresholdQuestionAndAPictureSentRoundReassure() {
        assertTrue(detector.reassures(normaliser.normalise("she gets anxious on the bus and says she feels like she is going to die")));
        assertTrue(detector.reassures(normaliser.normalise(
                "does a 14 and a 16 year old swapping pictures meet the threshold or is that normal these days")));
        assertTrue(detector.reassures(normaliser.normalise("my sons nudes got sent round his football team, what do we do")));
        assertFalse(detector.reassures(normaliser.normalise("is it normal that a man of 30 keeps messaging my 13 year old")));
    }

    // thirty-sixth session (risk helper's set): a teacher named by title over homework, "i could die" beside what shames a child,
    // a home that feels stifling, a son's meltdowns "killing me" - idioms, and safe wording for the model
    @ParameterizedTest
    @ValueSource(strings = {
        "mr hussain will literally kill me if i forget my pe kit again",
        "miss obi is gonna murder me tomorrow cos i never did my spellings homework",
        "i could literally die, my nan posted baby photos of me in the bath on her facebook and everyone in my form saw",
        "i could honestly die of cringe lol my dad danced at the school disco",
        "ive felt suffocated at home since my stepdad moved in, hes so strict about everything",
        "my daughters meltdowns are killing me every bedtime, is there a parenting course",
        "his outbursts are killing me, hes 6 and autistic, any support",
    })
    void aTeachersNameACringeAStiflingHomeAndMeltdownsAreNotDanger36(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message + " (" + detect(message) + ")");
        assertTrue(detector.reassures(normaliser.normalise(message)), () -> "should reassure: " + message);
    }

    // ... and the same words with a person's threat, a hand, a pillow, a wish to die, a man's pictures or a hit still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "mr davies is going to kill me",
        "mr davies said he will kill me if i tell anyone what happened in his office",
        "i could die, hes got his hands round my neck",
        "i feel like im suffocating, he is holding a pillow over my face",
        "i want to die, he put pictures of me on snapchat and the whole school saw",
        "a man online has pictures of me and says hell post them",
        "my son is killing me, he punched me in the face",
    })
    void theSameWithAThreatAHandOrPicturesStillFire36(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // a parent who will not wake, with drink, a night gone by, a baby crying or a young child's age (blind tester's kind 1, 36th
    // session: the concern report); a parent who will not get up for work, or a teenager's mum low some days, is no such thing
    @Test
    void aParentWhoWillNotWakeBesideDrinkOrABabyCryingFires36() {
        assertEquals(Optional.of("carer-not-waking"),
                detect("dad hasnt woken up since last night, theres beer cans all over and the baby wont stop crying, im 7"));
        assertEquals(Optional.of("carer-not-waking"), detect("my mam wont get up, she had loads of wine, my little brother is hungry"));
        assertFalse(detect("my dad wont get up for work again, hes so lazy lol").isPresent());
        assertFalse(detect("my mum has depression and some days she wont get up, im 15, who can i talk to").isPresent());
    }

    // a boss's "kill me" with the lateness after it, and a child who keeps drawing guns and blood asked about (blind tester's kinds
    // 4 and 7, 36th session); a knife drawn on the skin still fires
    @Test
    void aBossAndLatenessAndDrawingsOfGunsAreNotDangerButAKnifeOnTheArmIs36() {
        assertFalse(detect("whoops wrong number, my manager will kill me im really late").isPresent());
        assertFalse(detect("my 7 year old always draws swords and blood at school, his teacher asked us in, is that normal").isPresent());
        assertFalse(detect("she keeps drawing guns and dead people in class, should i be worried").isPresent());
        assertTrue(detect("my son keeps drawing a knife on his arm at school").isPresent());
    }

    // thirty-seventh session (risk helper, item 1): a weapon held to, pointed at or pressed against a person is danger now by
    // rule, strong and never softened, whatever the model says; examples written for the test
    @ParameterizedTest
    @ValueSource(strings = {
        "hes got a knife to my son",
        "my partner is holding a knife to my daughters throat",
        "she is pointing a kitchen knife at the children",
        "dad has the scissors against my little sisters neck",
        "he pulled a blade on my brother in the garden",
        "hes aiming a gun at my mum",
        "my stepdad is swinging a hammer at us",
        "knife to her throat he keeps screaming at her",
    })
    void aWeaponHeldToAPersonIsDangerByRule37(String message) {
        assertEquals(Optional.of("weapon-held-to-person"), detect(message), () -> "should fire: " + message);
        assertTrue(strong(message), () -> "should be strong: " + message);
    }

    // ... and strong beside a number that did not answer, a word of now or help come (where an earlier rule may name it)
    @ParameterizedTest
    @ValueSource(strings = {
        "the edt line just rang out, hes got a machete to my boy",
        "tried the out of hours number it rang once and went dead, shes got the bread knife to the baby",
        "shes holding a razor to her own wrist and wont put it down",
        "police are here but hes still holding the knife to her neck",
    })
    void aWeaponHeldToAPersonStaysStrongBesideOtherWords37(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message + " (" + detect(message) + ")");
    }

    // ... not a toy, a game, a wish told of, an "if" question, and held a year ago only a cue for the model to weigh
    @Test
    void aToyAGameAWishOrAQuestionIsNotAWeaponHeldNow37() {
        assertFalse(detect("my boys keep pointing nerf guns at each other and the baby").map(r -> r.equals("weapon-held-to-person")).orElse(false));
        assertFalse(detect("hes always pointing his water gun at the kids next door in the garden lol").map(r -> r.equals("weapon-held-to-person")).orElse(false));
        assertFalse(detect("in fortnite he pointed a gun at me and my mate").map(r -> r.equals("weapon-held-to-person")).orElse(false));
        assertFalse(detect("a year 9 said he would love to hold a knife to his teachers throat, do i report it").map(r -> r.equals("weapon-held-to-person")).orElse(false));
        assertFalse(detect("what do we do if a parent holds a knife to a child during a home visit").map(r -> r.equals("weapon-held-to-person")).orElse(false));
        assertFalse(strong("my niece says her dad held a knife to her mum last year, shes 11"));
    }

    // item 2: the emergency duty team named or asked for is a service, not an emergency; its name blanked, the rest still read
    @Test
    void theEmergencyDutyTeamNamedIsNotDangerButAKnifeAfterItIs37() {
        assertFalse(detect("need the emergency duty team number please").isPresent());
        assertFalse(detect("what time does the emergency duty team open at the weekend").isPresent());
        assertFalse(detect("is there an emergency social work team number for tonight").isPresent());
        assertTrue(strong("rang the emergency duty team and it went dead, hes got a knife to my daughter"));
    }

    // item 4: girls who keep going in to a man's flat, told by a neighbour, is a worry to report with safe wording for the model;
    // a word of now, a scream or a cry with it still fires
    @Test
    void girlsWhoKeepGoingInToAMansFlatAreAWorryUnlessItIsNow37() {
        String habit = "young teenage girls keep going round to the flat upstairs really late, the man is about 50, who do i tell";
        assertFalse(detect(habit).isPresent(), () -> "should not fire: " + detect(habit));
        assertTrue(detector.reassures(normaliser.normalise(habit)));
        assertTrue(detect("teen girls keep going in there and one is in there now screaming").isPresent());
    }

    // items 2 to 4: case detail the MASH already decided on, children frightened of a parent, a rated enquiry's timescale, a game's
    // shooting, a knife crime talk and an interest in knives are words of a worry or a question (no rule; safe wording for the
    // model where it is a habit, a decision made or a question); the same with harm or now beside them still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "school nurse here, a yr 8 told me she had been cutting before half term, mash said nfa",
        "my kids are scared of their dad and social services closed the case anyway",
        "how quickly is an amber rated enquiry dealt with",
        "my nephew spends all day shooting people on his xbox, is that normal at 10",
        "there was a knife crime talk at school and now my daughter is asking if someone will stab her",
        "sw here, police took a kitchen knife off mum at the flat yesterday, is this a strategy meeting",
    })
    void caseDetailFearOfAParentARatingAndAGameAreNotDangerNow37(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message + " (" + detect(message) + ")");
        assertTrue(detector.reassures(normaliser.normalise(message)), () -> "should reassure: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mash said nfa and now hes hitting her again",
        "the kids are terrified of him, hes outside the house",
        "someone is shooting at people outside the shop",
        "my son is obsessed with knives and has one under his pillow now",
        "police took a knife off dad yesterday but hes outside now with another one",
    })
    void theSameWithHarmOrNowStillFire37(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // blind tester's kinds R1 and R2 (37th session): a trifle's idiom of killing with "lol" or a plain question, a neighbour's
    // "could murder" over noise, and a pattern a bystander has seen over weeks are no danger now (safe or habit wording for the
    // model); "could kill him" beside a hit, or the pattern happening right now, is read as ever
    @ParameterizedTest
    @ValueSource(strings = {
        "revision is gonna kill me lol, is there a homework club",
        "we could happily strangle the neighbours, their dog barks from 6am, can the council help",
        "grown men bring young girls into the b and b on our road at weekends, its been going on for months",
        "her little girl looks so underfed in every live video she does, should i say something",
    })
    void aTriflesIdiomANoiseGrumbleAndAPatternOverWeeksAreNotDangerNow37(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message + " (" + detect(message) + ")");
        assertTrue(detector.reassures(normaliser.normalise(message)), () -> "should reassure: " + message);
    }

    @Test
    void theSamePatternHappeningNowStillFires37() {
        assertTrue(detect("older men are bringing teenage girls to the hotel right now, one looks drunk").isPresent());
    }

    // risk helper, 38th session, item 1: a child's grown-up out at work, the pub or a game, the sibling who went along, and the
    // child's own "im ok right now" are no danger now; a child alone by their age, coming back or tonight still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "dads at the pub with my uncle atm so its just me",
        "shes down the gym with my sister rn so im on my own",
        "im 13 my mum slaps me but shes at bingo so im ok for now",
    })
    void aGrownUpOutNowIsNotDangerNow38(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message + " (" + detect(message) + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mums at the pub and im 6 and on my own",
        "hes at the pub but hes coming back soon and hes going to hurt me",
        "my dad hits me, hes at work but hes back tonight and im scared",
    })
    void aGrownUpOutWithAChildAloneOrComingBackStillFires38(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // item 2: school work or a baby's stage "killing" a child, with a laugh or a question, is an idiom; a person, the heat or a
    // word of harm beside it still fires
    @ParameterizedTest
    @ValueSource(strings = {
        "the times tables are killing my lad haha, any tutors",
        "potty training is killing my toddler and me lol",
    })
    void aTrifleKillingAChildWithALaughIsAnIdiom38(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message + " (" + detect(message) + ")");
        assertTrue(detector.reassures(normaliser.normalise(message)), () -> "should reassure: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the heat is killing my baby shes floppy",
        "my stepdad is killing my son lol",
        "homework is killing my son lol and his dad hit him for it tonight",
    })
    void aPersonOrHarmKillingAChildStillFires38(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // item 3: someone who keeps going live with a child who looks starving is a habit to report; live now with a hit is danger
    @Test
    void aChildStarvingOnSomeonesLivesIsAHabitUnlessHurtNow38() {
        String habit = "this woman keeps going live and the little boy behind her is starving";
        assertFalse(detect(habit).isPresent(), () -> "should not fire: " + detect(habit));
        assertTrue(detector.reassures(normaliser.normalise(habit)));
        assertTrue(detect("shes live right now and her boyfriend is punching the little boy").isPresent());
    }

    // item 4: a colleague or another adult at school seen grabbing a pupil, told with the day or the place, is over; the same
    // happening now still fires
    @Test
    void aColleagueSeenGrabbingAPupilAtSchoolIsOverUnlessNow38() {
        String seen = "ta here, yesterday i saw a teacher grab a yr 9 by the throat in the corridor, who do i tell";
        assertFalse(strong(seen), () -> "should not be strong: " + detect(seen));
        String today = "today i saw a member of staff drag a year 3 by the neck across the playground";
        assertFalse(strong(today), () -> "should not be strong: " + detect(today));
        assertTrue(strong("a teacher has a year 7 by the neck right now in the corridor and wont let go"));
    }

    // risk helper's first messages, 38th session: a girl to be cut "when they go back home next year" is a worry with time to act
    // (safe wording), a teenager who smashed his own console is no drunk carer, and a child's words told by the nursery they said them
    // at are no danger now for "this morning"; the same with a near time, a drunk parent or a pick-up still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "my sister says her girl will be cut when they go back home in the summer holidays, she is 5",
        "my daughter smashed her phone and kicked the wall yesterday, shes 15, is there any support",
        "preschool key worker, a little boy said his dad smacked him this morning, what should i do",
    })
    void aTripMonthsAheadASmashedConsoleAndANurseryTellingAreNoDangerNow38(String message) {
        assertFalse(detect(message).isPresent(), () -> "should not fire: " + message + " (" + detect(message) + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my sister says her girl will be cut when they go back home tomorrow, she is 5",
        "mum is smashed and my baby brother is screaming",
        "preschool key worker, a little boy said his dad smacked him this morning and dad is outside now",
    })
    void theSameWithANearTimeADrunkParentOrNowStillFire38(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // the grown-up-out wording never hides danger: a girl at a party with men, a father out looking for the child who ran
    @ParameterizedTest
    @ValueSource(strings = {
        "my friend is 14 and shes at a party with older men who are giving her drugs and she just messaged me help",
        "ive run to my friends house cos dad was hitting me and hes out looking for me",
    })
    void aPartyWithMenOrAParentOutLookingForTheChildStillFire38(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message + " (" + detect(message) + ")");
    }

    // risk helper, 41st session: danger told at the end of a long calm message - someone arrived at the door this minute though the
    // rest names yesterday (ARRIVED_NOW), an overdose told by the medicine's own name with how much (overdose-named)
    @ParameterizedTest
    @ValueSource(strings = {
        "dsl here, we went to their team manager yesterday about the nfa. also mums ex has just turned up at our front door with a knife shouting for the boy, we have locked the doors",
        "i raised it on monday but her dad has just arrived at my front door with a gun",
        "the school asked for my consent to share with the counsellor, fine. also shes just told me shes taken a load of my sertraline tonight, she seems ok",
        "she swallowed 20 of her nans co codamol",
        "my 15 year old has taken all of my amitriptyline, she says she feels fine",
    })
    void anArrivalAtTheDoorOrANamedMedicineTakenIsStrongInALongMessage41(String message) {
        assertTrue(strong(message), () -> "should be strong: " + message + " (" + detect(message) + ")");
    }

    // ... and the narrowings beside them: a child not alone tonight with her mum home, a child hit in a pattern while the one who hits
    // is out at football, the child a youth worker wrote about here at the centre with them, a medicine taken as prescribed
    @ParameterizedTest
    @ValueSource(strings = {
        "the little girl next door maybe 6 gets left on her own most nights, its been going on for weeks. shes not on her own tonight mums car is outside. who should i ring",
        "im 10 and my big brother hits me when he gets angry like punching my arm. hes at football practise rn. i dont want him to get in trouble",
        "my daughter takes sertraline for anxiety, can the school know about it",
    })
    void aChildNotAloneTonightOrTheOneWhoHitsAwayIsNoRule41(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    @Test
    void theChildHereAtTheCentreWithTheWorkerIsNoOneArrived41() {
        String lad = "youth worker. one of my lads (13) says older boys make him carry packages and hes scared of them. hes here at the centre"
                + " with me and staying for the session, his nan is picking him up at 8. whats the route for referring this";
        assertFalse(strong(lad), () -> "should not be strong: " + detect(lad));
        assertTrue(detector.reassures(normaliser.normalise(
                "the little girl next door gets left on her own most nights. shes not on her own tonight mums car is outside")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "shes not on her own tonight, her mums boyfriend is there and hes been hitting her, i can hear it",
        "the kids are not on their own tonight but the man with them is off his face and shouting at them",
        "the little girl next door is left on her own most nights and tonight shes on her own again screaming",
        "his car is outside now, hes back and the kids are scared",
        "my big brother hits me when he gets angry and hes at home right now going mad",
        "my dad hits me hes at the pub right now and hes coming back drunk soon",
        "my brother hits me, hes at football rn but my mum is hitting me right now",
        "one of my lads (13) says older boys are waiting for him outside with a knife, hes here at the centre with me",
        "one of my girls (12) says her dad is here at the club and hes threatening to take her, hes shouting at staff",
        "one of my lads (14) has been stabbed in the leg, he is here at the centre with me bleeding",
    })
    void theSameWordsWithDangerNowStillFire41(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // the blind tester's q41 kinds given to risk (41st session): a line that goes dead is no death, a child not let out with friends is
    // control to report, not a child held; the same words beside danger now, or a child locked in, still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "the out of hours number goes straight dead every time i ring it",
        "rang 0191 643 7366 three times, its dead, kills me this does",
        "youth worker, about to refer a 15 yo, her step dad checks her messages and wont let her go out with friends, feels like prison. shes at school now",
    })
    void aDeadLineOrAChildNotLetOutWithFriendsIsNoRule41(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the edt number just rings once and goes dead and now her boyfriend is smashing the door in and the kids are screaming",
        "the line is dead and hes outside with a knife",
        "my daughter hasnt come home and her phone is dead, shes 12 and its dark",
        "he wont let me leave the house, hes locked the doors and took my phone",
        "he wont let her go, hes holding her by the arm and screaming at her",
        "my stepdad wont let me out of my room, hes been shouting for hours",
    })
    void aDeadLineOrAControllingHomeBesideDangerStillFires41(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk-47: a worn-out parent's "she is killing me" of her own teenager, the writer's "im not going to hurt them", and a friend's
    // abuse that has gone on for months told by a child: no rule (own set risk-47-a AW03, AN02, AM03)
    @ParameterizedTest
    @ValueSource(strings = {
        "im at the end of my tether with my daughter, shes killing me. out til all hours, wont say where she goes, rude to everyone",
        "my daughter is 15 and shes killing me with her attitude lol",
        "im not going to hurt them or owt, just knackered",
        "my best mate says her mums boyfriend comes into her room at nite and touches her, its been going on for months",
        "my mate says her stepdad comes in her room at night and touches her, its been going on for ages",
    })
    void aParentsIdiomAWritersReassuranceOrAFriendsOngoingAbuseIsNoRule47(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    // ... the same words with harm or time now still fire; and a plea for help just sent (own set risk-47-a AS05: the model alone)
    @ParameterizedTest
    @ValueSource(strings = {
        "my son is killing me, he has me by the throat against the wall",
        "im at the end of my tether with my son, hes killing me, he punched me again tonight",
        "my 16 yr old son is killing me, hes strangling me",
        "my mums boyfriend is killing me",
        "im not going to hurt them but i feel like i might",
        "im not going to hurt them, hes got a knife to her throat",
        "my friend says her stepdad comes in her room at night and touches her, hes in there now",
        "my best mate says her mums boyfriend comes into her room at nite and touches her, shes scared about tonight",
        "my mate says her stepdad comes into her room at night and touches her, its going on right now",
        "hes babysitting her right now and she just messaged me help",
        "my sister messaged me saying help me, hes in her room",
    })
    void theSameWordsWithHarmOrTimeNowStillFire47(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk-47: a practitioner's past suicide attempt with the child well now, and the child here with the writer and fine (the blind
    // tester's kind 1; own set risk-47-b B01-B03): no rule
    @ParameterizedTest
    @ValueSource(strings = {
        "TA at a secondary. a yr 10 girl told me in a lesson that she tried to take her own life last spring. shes fine now, seeing camhs",
        "school support worker. a yr 8 pupil mentioned she attempted suicide about 9 months ago, she got help at the time and says shes in a really good place now",
        "hes here at the club with me and hes fine",
        // risk-48: "is fine now" is blanked by the safe-now ignore before the past-attempt ignore reads it (the 47th known miss 1)
        "a yr 9 girl told me she tried to kill herself last year but says shes fine now, do i need to pass it on",
        "attempted suicide last year but shes fine now",
        "a yr 8 girl told me she tried to end her life in year 6 but shes fine now, do i need to log it",
    })
    void aPastSuicideAttemptWithTheChildWellOrTheChildWellWithTheWriterIsNoRule47(String message) {
        assertEquals(Optional.empty(), detect(message), () -> "should not fire: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a yr 10 girl tried to take her own life last spring, shes fine now but today she said she wants to try again",
        "she attempted suicide 9 months ago and got help, but she just told me she has a plan for tonight",
        "she tried to kill herself last year, shes doing well, but shes been talking about it again",
        "hes here at the club with me and hes fine but his dad is outside shouting",
        "hes here at the club with me and hes raging, he says hes going to stab someone",
        // risk-48: the same attempt last night, today, just now or with a wish to die now still fires, "fine now" or not
        "she tried to kill herself last night and says shes fine now",
        "she tried to kill herself today but says shes fine now",
        "she just tried to kill herself, says shes fine now",
        "my daughter tried to kill herself an hour ago, she is fine now she says",
        "she tried to kill herself last year and says shes fine now but she just told me she wants to die",
        "attempted suicide last year, shes fine now but shes planning to do it again tonight",
    })
    void theSameWithDangerNowStillFires47(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk-48: a habit of children left all weekend reported midweek, a GP's past attempt by overdose with the child well, a parent
    // quoting a game-loss "im gonna kill myself" with a laugh, a teenager's "shell literally die lol" over her phone (own set
    // risk-48-a BL02, BN04, BW04; the 47th session's known miss 2): no strong rule
    @ParameterizedTest
    @ValueSource(strings = {
        "the 2 kids next door get left on their own all weekend, their mum goes off with her bloke, who do i tell",
        "the twins over the road get left by themselves all weekend, who do i tell",
        "GP here. 15yo seen today, disclosed attempted suicide last year (OD), currently well, engaged with CAMHS, no current ideation. do i need to refer to the MASH",
        "my 13 yr old keeps saying im gonna kill myself when she loses on fortnite, shes laughing when she says it, should i be worried",
        "my daughter says if i take her phone off her again shell literally die lol. is it normal for teens to be this addicted",
        "hes downstairs with me now i wont leave him. what do i do about the pics",
        "she is downstairs with me now and shes fine",
    })
    void aWeekendHabitAPastOverdoseAttemptOrAGameLossSayingIsNoStrongRule48(String message) {
        assertFalse(strong(message), () -> "should not be a strong rule: " + message);
    }

    // ... the same words with the children alone now, a baby, an attempt or a plan now, or a danger word beside the saying still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "the 2 kids next door get left on their own all weekend and theyre on their own right now",
        "the kids next door get left on their own all weekend and they are on their own now, the mum went yesterday",
        "the baby next door gets left on its own all weekend, who do i tell",
        "the kids next door get left alone all night, their mum goes off with her bloke tonight",
        "GP here. 15yo disclosed attempted suicide last year (OD), currently well, but she has taken another overdose today",
        "attempted suicide last year (OD), doing well, but she has a plan to do it again tonight",
        "my 13 yr old keeps saying im gonna kill myself when she loses on fortnite, she laughs but tonight she had a blade",
        "my 13 yr old keeps saying im gonna kill myself when she loses on fortnite, shes laughing but i think she means it",
        "my son keeps saying hes going to kill himself, he is crying in his room",
        "if i take her phone she says shell die lol, but she has been cutting herself",
        "hes downstairs with me and hes got a knife",
        "dad is downstairs",
        "my stepdad is downstairs with me and mum, hes drunk and shouting",
        "GP here. 15yo seen today, she took an overdose this morning and says shes fine",
    })
    void theSameWithDangerNowStillFires48(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk-48 b set (the blind tester's q48 kinds 3 and 4): a young child's "wants to die" in tantrums with the GP seen, and a parent who
    // "will literally murder her" quoted by a youth worker with a laugh: no strong rule
    @ParameterizedTest
    @ValueSource(strings = {
        "my 5 yr old keeps screaming he wants to die when he has a meltdown, weve seen the gp who said its his way of showing big feelings, hes never hurt himself. is there any family support in crawley",
        "our 6 year old says i wish i was dead and i want to die every time we say no to something. gp has seen her and isnt worried. any parenting help",
        "childminder here. one of my mindees is 4 and says she wants to die when she has a tantrum, mum says the GP knows and its a phase. no marks, no other worries. do i have to report it",
        "youth worker, a 15 yo girl said her dad will literally murder her when he sees the phone bill. she was laughing, its obviously not meant literally. should i record it or pass it on",
    })
    void aYoungChildsTantrumSayingOrAParentsQuotedIdiomIsNoStrongRule48(String message) {
        assertFalse(strong(message), () -> "should not be a strong rule: " + message);
    }

    // ... the same with a means, an act, harm or fear now still fire; and a drunk parent driving (kind 1: the report at 0.89, no rule)
    @ParameterizedTest
    @ValueSource(strings = {
        "my 7 yr old is screaming he wants to die and hes climbed onto the upstairs window ledge with the window open",
        "my 5 year old says he wants to die when he has a tantrum and tonight he tried to strangle himself with his dressing gown cord",
        "my 6 year old says she wants to die when we say no, and she has started banging her head on the wall",
        "my 4 year old says he wants to die when he has a meltdown and he is holding a knife",
        "youth worker, a 15 yo girl said her dad will literally murder her when he sees the phone bill, she was laughing but she has bruises on her arms",
        "youth worker, a girl said her dad will kill her when she gets home, shes not joking and shes shaking",
        "my ex is picking the kids up from school now and hes been drinking since dinner, i could smell it on the phone, hes driving",
        "hes been drinking all day and hes driving",
        "my dad is driving us home, he is drunk",
    })
    void theSameWithDangerNowStillFires48b(String message) {
        assertTrue(strong(message), () -> "should be a strong rule: " + message);
    }

    // risk-49 (own set risk-49-a RW02, RM05, RS02, and risk-49-first): a GP's or health visitor's young child whose tantrums include
    // "wants to die" with the age run together and "no plan", a child's telling at bedtime of touching in october with the child safe and
    // asleep, a social worker's boss who "is going to murder me lol i forgot": no strong rule
    @ParameterizedTest
    @ValueSource(strings = {
        "gp here, saw a 4yo this am, mum says when he doesnt get his way he screams he wants to die and bangs his head on the floor. no injuries, no plan obvs, is this a mash thing or more HV / early help",
        "hv here, mum of a 3yo says he screams he wants to be dead when she says no to sweets, no other concerns, is this one for the mash",
        "my 6yo says she wants to die when we tell her no, no plan, no marks, is that normal",
        "my daughter is 9 and tonight at bedtime she told me her step grandad touched her private parts when she stayed over there in october. shes asleep now and safe with me, he doesnt live with us. what do i do",
        "this evening my son told me his uncle touched him at a sleepover in the summer, hes in bed now, the uncle lives in spain",
        "sw in sandwell, my boss is going to murder me lol i forgot to send the escalation template after stage 1, the team manager didnt reply in time. who does it go to now",
        "my manager is gonna kill me haha i missed the core group, what happens now",
    })
    void aTantrumSayingAPastTouchToldTonightOrABossIdiomIsNoStrongRule49(String message) {
        assertFalse(strong(message), () -> "should not be a strong rule: " + message);
    }

    // ... the same words with a means, a head hurt, a plan, abuse that goes on or is happening, or a danger beside the boss still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "my 4yo screams he wants to die when i say no and bangs his head on the wall till it bleeds",
        "my 6yo says he wants to die in his tantrums and tonight he tried to climb out the window",
        "my 5yo keeps saying he wants to be dead when we say no and hes got a plan to jump off the balcony",
        "my 7yo says she wants to die when told no and bangs her head on the floor, shes got a big lump and is being sick",
        "tonight at bedtime she told me her step grandad is still coming into her room at night and touching her, hes staying with us this week",
        "my daughter just told me her uncle touched her private parts earlier tonight and hes still downstairs",
        "tonight my niece told me her mums boyfriend touches her when mum is at work, mum is at work now",
        "tonight she told me her uncle touched her and hes staying with us this week",
        "my niece is 12 she just texted me that her mums boyfriend is in her room touching her and she cant make him stop",
        "my boyfriend is going to murder me lol i forgot to hide the money and hes on his way home, the kids are here",
        "my boss is gonna kill me i forgot the report, and my ex is outside with a knife",
        "he is at home with mum now but her boyfriend has a knife",
        "hes at home with mum now and shes drunk and hitting him",
        // the b set's narrowings (a parent's "kill me for being on here", a pet's bleeding, a past touch with the one away now)
        "my mum will kill me if she finds out im on here, she hits me and shes drunk tonight, im 13",
        "my dad will kill me if he finds out im on here, he hits me",
        "the dog bit my little brother and hes bleeding from his ear",
        "a dog just bit my 3 year old on the cheek in the park and hes bleeding a lot",
        "my cat is floppy and my baby is floppy too and not breathing",
        "im 11 and my step brother did stuff to me in the summer, hes at uni but hes coming home tonight",
        "im 12 my step brother did stuff to me in the summer and he still does",
        // "has left" is no one away: a suspect gone with a child, a toddler left on a balcony (found in the stored corpora on the way)
        "police officer at a DA incident, 3 children at the address and the suspect has left with the youngest, 2 yrs old",
        "the people in the flat upstairs have left their toddler out on the balcony, 6th floor, hes climbing the railings",
        "Pharmacist. A 13 year old came in for emergency contraception with a man who looked about 30. They've left. Who do I report to?",
    })
    void theSameWithDangerNowStillFires49(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk-50 (own sets risk-50-a, risk-50-b and risk-50-first, in other words): a child's fear of a parent's anger at telling of a
    // friend's harm, a parent's "kill me" quoted bare, a laughed "i could strangle him", players' "ill kill you at each other" over a game,
    // "nothing urgent" as an answer, a child's disclosure with the abuser away now, a visit set for a day ahead after past abuse, an
    // appointment's time beside a disclosure, a threat to share a child's pictures with no one on the way: no rule
    @ParameterizedTest
    @ValueSource(strings = {
        "im 11 and my mate says her stepdad slaps her, my mum would literally murder me if she found out i told you",
        "my son wrote 'mum is going to kill me' in his planner after losing his blazer, im his mum, i would never hurt him",
        "nursery worker, a dad laughed and said i could throttle her shes been up all night, lovely with her, no other worries",
        "the lads on his xbox keep yelling ill kill you at each other in party chat, can i block them",
        "no nothing urgent, shes in school today and seems happy",
        "my uncle comes into my room when everyone is asleep and touches me, he has gone to work now. im 12",
        "my cousin does stuff to me that is private when he babysits, he is at his girlfriends now",
        "my step dad did stuff to me last year, hes coming to visit over christmas and i dont want him to",
        "health visitor, a mum disclosed at the new birth visit this morning that her partner hits her, she says nobody is in immediate danger and he is at work",
        "im 14 my step uncle sends me rude videos and says hell post the pictures of me if i block him, he lives in scotland",
        "my 4 year old throws things and screams that he wants to die every day, im exhausted, is there parenting help",
    })
    void aFearOfTellingAQuotedIdiomNothingUrgentAnAbuserAwayOrAThreatToShareIsNoRule50(String message) {
        assertTrue(detect(message).isEmpty(), () -> "should not fire: " + message);
    }

    // ... the same words with harm to the writer, fear, a weapon, tonight, the mother away, his coming back, here now, a meeting or a
    // deadline still fire
    @ParameterizedTest
    @ValueSource(strings = {
        "my mate says her dad hits her, my dad would kill me if he found out i told, he hits me as well",
        "my friend told me a secret and her dad said hed kill me if i tell anyone",
        "my friends mum hits her and my dad will murder me if he finds out i told, hes drunk and coming upstairs",
        "she laughed and said i could strangle him and then grabbed him by the throat",
        "nothing urgent but hes got a knife and hes outside",
        "not urgent but my stepdad is punching my mum right now",
        "my mums boyfriend touches me when shes at work",
        "my stepdad touches me at night, he is at the pub now but he will be back at 11",
        "my brother makes me do sex stuff, hes out now but im scared hes coming back",
        "my uncle did stuff to me last summer and hes coming round tonight",
        "my uncle did stuff to me when i was 9 and hes here now in the lounge",
        "a mum disclosed at her appt this morning that he hits her and he has just turned up in the car park shouting",
        "im 13 my uncle says hell share the pics of me unless i meet him tonight",
        "my uncle says hell share pictures of me and hes coming round in 10 minutes",
        "my 5 year old screams he wants to die and is holding a knife to his tummy",
        "my 4 yr old keeps shouting he wants to die, tonight he climbed onto the window ledge",
    })
    void theSameWithDangerNowStillFires50(String message) {
        assertTrue(detect(message).isPresent(), () -> "should fire: " + message);
    }

    // risk-49: a parent's quoted game-loss saying is blanked for the model's second look; a message with no harmless phrase is itself
    @Test
    void withoutHarmlessBlanksOnlyTheHarmlessPhrase() {
        String quoted = normaliser.normalise("my 12yo keeps going 'im gonna kill myself' every time she loses on fortnite, shes laughing");
        String left = detector.withoutHarmless(quoted);
        assertFalse(left.contains("kill myself"), left);
        assertTrue(left.contains("fortnite"), left);
        String plain = normaliser.normalise("my son is 14 and he has taken 20 paracetamol");
        assertTrue(detector.withoutHarmless(plain) == plain);
    }
}

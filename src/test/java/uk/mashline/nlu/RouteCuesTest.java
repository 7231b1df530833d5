package uk.mashline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.mashline.dialogue.Route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteCuesTest {

    private final TextNormaliser normaliser = TextNormaliser.standard();
    private final RouteCues cues = RouteCues.standard();

    private boolean turnsReportToConsultation(String text) {
        return cues.cueFor(Route.REPORT_CONCERN, normaliser.normalise(text))
                .filter(c -> c.to() == Route.CONSULTATION).isPresent();
    }

    // written for the cue (routing, eighth session), none a line of a test set
    @ParameterizedTest
    @ValueSource(strings = {
        "Health visitor. Baby of 4 months with a torn frenulum, mum says he fell off the sofa. Do I need to refer?",
        "school nurse - yr 8 told me her brother hit her last month, he has moved out, should i refer",
        "childminder, 3yo keeps coming in with head lice and dirty clothes, parents lovely, refer?",
        "GP: 15 year old on the pill, boyfriend 18, automatic referral?",
        "optician here, child with untreated squint, parents keep cancelling. Is this a MASH matter?",
        "teacher, lad keeps saying he hates all immigrants and wants to join the army to fight them, prevent or mash?",
        "does this meet threshold for a referral, dad has a drink problem but mum is protective",
        "would this family meet your threshold, they have had 3 police call outs for arguments",
        "what level of need would you say this is, mum struggling with low mood and 3 under 5s",
        "is a referral needed when a child discloses a smack from a parent",
        "should we make a referral or just monitor, the boy is often late and tired",
    })
    void aWhetherQuestionAfterACaseTurnsTheReportIntoAConsultation(String text) {
        assertTrue(turnsReportToConsultation(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "how do i refer a child i teach, she says her dad hits her",
        "DSL here, I need to make a referral for a yr 4 boy, where do I send it",
        "i want to refer my neighbours kids, they are always hungry",
        "youth worker, 15yo disclosed being made to sell drugs, want to refer",
        "do i need mums consent to refer",
        "mum has said no to the referral, should i still refer",
        "can i tell the parents before i refer",
        "i made a referral last week and nobody has called me back",
        "my neighbour hits his kids, should I tell someone",
        "we dispute the view that the case is below threshold",
    })
    void howToMakingOrConsentStaysWhereTheModelPutIt(String text) {
        assertTrue(!turnsReportToConsultation(text), text);
    }

    @Test
    void noConcernReportInTheTrainingDataIsTurned() {
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        List<String> turned = new ArrayList<>();
        corpus.intents().stream().filter(f -> f.route() == Route.REPORT_CONCERN)
                .forEach(f -> f.examples().stream().filter(this::turnsReportToConsultation).forEach(turned::add));
        assertEquals(List.of(), turned, "a cue must agree with the training data's labels");
    }

    @Test
    void settleGivesTheTargetRoutesBestIntentWithBothRoutesTogetherAsConfidence() {
        List<IntentScore> ranked = List.of(new IntentScore("report_concern", Route.REPORT_CONCERN, 0.55),
                new IntentScore("consultation", Route.CONSULTATION, 0.30),
                new IntentScore("report_how_to_refer", Route.REPORT_CONCERN, 0.10),
                new IntentScore("early_help", Route.EARLY_HELP, 0.05));
        Classification answer = new Classification("report_concern", Route.REPORT_CONCERN, 0.55, null, "v");
        Classification settled = cues.settle(answer,
                normaliser.normalise("nursery: 2yo has a burn on the hand, dad says the iron, refer?"), ranked);
        assertEquals(Route.CONSULTATION, settled.route());
        assertEquals("consultation", settled.intent());
        assertEquals(0.95, settled.confidence(), 1e-9);
        assertEquals(null, settled.rule());
    }

    @Test
    void immediateRiskIsNeverTurnedNorATarget() {
        Classification danger = new Classification("immediate_violence", Route.IMMEDIATE_RISK, 0.9, "weapon-now", "v");
        assertSame(danger, cues.settle(danger, normaliser.normalise("he has a knife, should i refer?"),
                List.of(new IntentScore("consultation", Route.CONSULTATION, 0.1))));
        assertThrows(IllegalArgumentException.class,
                () -> RouteCues.parse(List.of("turn\tx\tREPORT_CONCERN\tIMMEDIATE_RISK\trefer")));
        assertThrows(IllegalArgumentException.class, () -> RouteCues.parse(List.of("unless\tnone\trefer")));
    }

    @Test
    void thePrefilterNeverChangesTheCue() {
        List<String> texts = new ArrayList<>();
        IntentCorpusLoader.fromDirectory(Path.of("intents")).intents().forEach(f -> texts.addAll(f.examples()));
        HeldOutExample.read(HeldOutExample.DEFAULT_FILE).forEach(e -> texts.add(e.text()));
        texts.addAll(List.of("refer?", "do i need to refer", "how do i refer", "a", "should i refer or not"));
        int turned = 0;
        for (String text : texts) {
            String normalised = normaliser.normalise(text);
            for (Route answered : Route.values()) {
                var expected = cues.cueWithoutPrefilter(answered, normalised);
                assertEquals(expected, cues.cueFor(answered, normalised), text);
                turned += expected.isPresent() ? 1 : 0;
            }
        }
        assertTrue(turned > 50, "the cues turn some lines: " + turned);
    }

    /** Every cue agrees with the training data: no training line of a cue's FROM route is turned (routing, tenth session). */
    @Test
    void noTrainingLineOfAnyRouteIsTurned() {
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        List<String> turned = new ArrayList<>();
        corpus.intents().forEach(f -> f.examples().stream()
                .filter(e -> cues.cueFor(f.route(), normaliser.normalise(e)).isPresent())
                .forEach(e -> turned.add(f.route() + ": " + e)));
        assertEquals(List.of(), turned, "a cue must agree with the training data's labels");
    }

    private Optional<Route> turned(Route answered, String text) {
        return cues.cueFor(answered, normaliser.normalise(text)).map(RouteCues.Cue::to);
    }

    // written for the cues (routing, tenth session), none a line of a test set
    @Test
    void whoReportedTheFamilysSayAndHowWorriedAreTurned() {
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "will my brother work out it was me who rang you"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "will the school know i referred"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "can i report anonymously, i dont want them to know it was me"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.CONSULTATION, "is a 14 year old allowed to refuse a referral"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "dad has withdrawn his consent, can the referral still go in"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "do i have to tell mum before i refer her son"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.REPORT_CONCERN, "childminder, little boy said daddy smacks him, how worried should i be"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.EARLY_HELP, "teacher here, girl in my class seems tired all the time, am i overreacting"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "my sons teacher says he has bruises, how worried should i be"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "my neighbour shouts at her kids all day, should i be worried"));
        assertTrue(turnsReportToConsultation("health visitor, mum keeps missing appointments and the flat is filthy, should i ring mash"));
        assertTrue(!turnsReportToConsultation("do i ring you or the police about my neighbour"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.EARLY_HELP, "school wants to dispute the step down to early help"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "not happy with the outcome of my complaint about early help"));
    }

    // written for the cues (routing, eleventh session), none a line of a test set
    @Test
    void everyCaseOfAKindSteppingUpReportOrLogAndDecisionThenDisagreementAreTurned() {
        assertTrue(turnsReportToConsultation("PCSO, attended a noise complaint, kids present but fine. does every call out with children need a marf"));
        assertTrue(turnsReportToConsultation("do all DV notifications have to be referred to you"));
        assertTrue(turnsReportToConsultation("family support worker, EHA 6 months in, mum not engaging, dad drinking again. step up?"));
        assertTrue(turnsReportToConsultation("TAF going nowhere and school attendance down to 60%, should we step it up to social care"));
        assertTrue(!turnsReportToConsultation("I'm an early help worker and need to step this family up to social care, things have got worse"));
        assertTrue(turnsReportToConsultation("nursery manager - 3yo said mummy smacked her legs, no marks, is this something we should report"));
        assertTrue(turnsReportToConsultation("school nurse: girl says dad locks the fridge at night, do i report it or just log it"));
        assertTrue(turnsReportToConsultation("cub leader here, one of my cubs turns up hungry every week, is it worth a referral"));
        assertTrue(!turnsReportToConsultation("my daughter told her coach a man followed her home, is that something to report"));
        assertTrue(!turnsReportToConsultation("my neighbours kids are filthy and always out late, is that something to report"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.EARLY_HELP, "CSC stepped the family down to EH last week. we really do not agree, nothing has changed"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.REPORT_CONCERN, "mash NFA'd our referral about the twins, we disagree, the bruising was not explained"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.CONSULTATION, "the strategy discussion outcome was no s47, I think that is the wrong decision"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "they closed my complaint and i disagree with how it was handled"));
    }

    // written for the cues (routing, eleventh session), none a line of a test set
    @Test
    void aChildsConfidentialityWhoSeesTheNotesAndAnAdultAtRiskAreTurned() {
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "im 12 and i said something to my head of year, is she going to tell my mum"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.EARLY_HELP, "if i see the counsellor at college will it stay confidential"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "my stepdad hits me, if i tell my teacher will she tell my mum"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.OUT_OF_SCOPE, "will the kids dad be sent a copy of the assessment"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.ESCALATION, "can my address be left off the minutes, my ex will read them"));
        assertEquals(Optional.empty(), turned(Route.ESCALATION, "can the family see the report, i want to challenge it"));
        assertEquals(Optional.of(Route.OUT_OF_SCOPE), turned(Route.REPORT_CONCERN, "carer here - the old gentleman i visit is being bullied out of his pension by a lodger"));
        assertEquals(Optional.of(Route.OUT_OF_SCOPE), turned(Route.EARLY_HELP, "my nan is 91 and in a nursing home, staff are leaving her in wet sheets"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "my elderly neighbour looks after her 6 year old grandson and can barely walk"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "an old man at the park keeps giving me sweets and asking where i live"));
        assertEquals(Optional.of(Route.OUT_OF_SCOPE), turned(Route.GOODBYE, "the lads in the flat opposite rev their bikes all night"));
        assertEquals(Optional.empty(), turned(Route.GOODBYE, "thanks, night all"));
    }

    // written for the cues (care, eleventh session), none a line of a test set
    @Test
    void aPractitionerAskingAdviceAndWhatLevelOfNeedAreConsultations() {
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.REPORT_CONCERN, "im a health visitor and want advice about a family im worried about"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.EARLY_HELP, "im a family support worker and would like some advice about a family"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.EARLY_HELP, "im a family support worker, what level of need is a family who need a few agencies involved"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "im a teacher, i need advice on how to make a referral"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "my sons teacher said i should get some advice about his behaviour"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "health visitor here, i want advice about early help for a family"));
        // not the consultation on the levels: a disagreement with the level given is the escalation (cue disputes-level,
        // routing, fourteenth session)
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.EARLY_HELP, "we disagree with the level of need the mash gave this child"));
    }

    // written for the cues (routing, fourteenth session), none a line of a test set
    @Test
    void aRunByAnUnansweredChaseAndWhoWillBeToldAreTurned() {
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.HUMAN_HANDOFF, "school nurse here, could i run a worry past someone on duty"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.ESCALATION, "is it ok for agencies to talk through a family anonymously first"));
        assertEquals(Optional.empty(), turned(Route.HUMAN_HANDOFF, "im a teacher, can someone ring me back please"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.COMPLAINT, "referral sent 3 weeks ago, no reply, chased it twice, how do i escalate"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.REPORT_CONCERN, "mash nfa my referral, i emailed the team manager last week and heard nothing"));
        assertEquals(Optional.empty(), turned(Route.COMPLAINT, "i complained about my referral 3 weeks ago, no reply, how do i escalate my complaint"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "i referred myself to early help and heard nothing, who is the team manager"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "would the social worker tell mum who reported her"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "how do i report without them finding out who i am"));
    }

    // written for the cues (routing, eleventh session, after the ordinary helper's second set), none a line of a test set
    @Test
    void passedOnMyNameAndAGreetingAskingAboutTheLineAreTurned() {
        assertTrue(turnsReportToConsultation("swimming teacher, 9yo says her stepdad makes her sleep on the floor as a punishment, should this be reported"));
        assertTrue(!turnsReportToConsultation("the childminder hit our boys last year, shes stopped now, should this be reported"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.OUT_OF_SCOPE, "if i ring about my neighbour will she be told my name"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "do i have to give my details to report"));
        assertEquals(Optional.of(Route.HUMAN_HANDOFF), turned(Route.GREETING, "hiya is this a robot"));
        assertEquals(Optional.empty(), turned(Route.GREETING, "hello? anybody there"));
    }

    // written for the cues (routing, twelfth session), none a line of a test set
    @Test
    void earlyHelpRightAWorryTippingIntoAReferralAnotherAreaAndReportingUnknownAreTurnedOrKept() {
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.EARLY_HELP, "hv, mum has anxiety and the baby is fine, would early help be suitable"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.EARLY_HELP, "school nurse - early help or mash for a 12 year old carer"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "is early help right for us, my son wont go to school"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "how do i get early help for a family"));
        assertEquals(Optional.of(Route.CONSULTATION), turned(Route.EARLY_HELP, "key worker - would a child in need referral be appropriate for this family"));
        assertTrue(turnsReportToConsultation("preschool - a child always comes in dirty, at what point does that become a neglect referral"));
        assertTrue(!turnsReportToConsultation("my nephew lives in another county, do i still report it to you"));
        assertTrue(!turnsReportToConsultation("how long does it take to get a referral looked at"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "how can i tell social services about my neighbour without her knowing it was me"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "will my neighbour know it was me who reported"));
    }

    // written for the cues (routes helper, 34th session), none a line of a test set
    @Test
    void whatGoesIntoAReferralANamedReferralNeededAndWhoMadeTheCallAreTurned() {
        assertEquals(Optional.of(Route.REPORT_CONCERN), turned(Route.CONSULTATION, "cub leader, what do i need to write in the referral, never done one"));
        assertEquals(Optional.of(Route.REPORT_CONCERN), turned(Route.CONSULTATION, "what info will the mash want from me about the family"));
        assertEquals(Optional.of(Route.REPORT_CONCERN), turned(Route.CONSULTATION, "whats needed on the marf for a sibling group"));
        assertEquals(Optional.empty(), turned(Route.CONSULTATION, "what info do i need to decide whether to refer"));
        assertEquals(Optional.empty(), turned(Route.CONSULTATION, "does it meet threshold, what should i put in my notes"));
        assertTrue(turnsReportToConsultation("sports coach, a 14yo keeps saying hateful things about refugees, is a prevent referral necessary"));
        assertTrue(turnsReportToConsultation("does a boy watching beheading videos at 12 need a channel referral"));
        assertTrue(!turnsReportToConsultation("i need to make a prevent referral today, how do i do it"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "would the family guess it came from me if i rang"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.REPORT_CONCERN, "are the parents ever told who phoned it in"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "how can i report without it coming back to me"));
    }

    // written for the cues (routes helper, 34th session), none a line of a test set
    @Test
    void aWornOutFamilyOfAChildWithAdditionalNeedsAttendanceFinesAndAQuestionComingAreTurned() {
        assertEquals(Optional.of(Route.EARLY_HELP), turned(Route.REPORT_CONCERN, "my daughter is autistic and wont sleep, were exhausted and dont know who to ask"));
        assertEquals(Optional.of(Route.EARLY_HELP), turned(Route.OUT_OF_SCOPE, "our son has an ehcp and were struggling to get him through the day"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "my autistic son came home with bruises and were struggling to get answers"));
        assertEquals(Optional.empty(), turned(Route.REPORT_CONCERN, "can you send me the form, im struggling to find it"));
        assertEquals(Optional.of(Route.EARLY_HELP), turned(Route.OUT_OF_SCOPE, "they are taking us to court over attendance but she is terrified of school"));
        assertEquals(Optional.empty(), turned(Route.OUT_OF_SCOPE, "we got fined for taking the kids out of school for a holiday"));
        assertEquals(Optional.empty(), turned(Route.COMPLAINT, "i want to complain about the school fining us, he wont go in"));
        assertEquals(Optional.of(Route.GREETING), turned(Route.GOODBYE, "good morning, i have a few questions about a family"));
        assertEquals(Optional.of(Route.GREETING), turned(Route.GOODBYE, "hiya just a quick query"));
        assertEquals(Optional.empty(), turned(Route.GOODBYE, "morning, no more questions thanks"));
    }

    // skipping a stage of the escalation (risk helper, 35th session, from the blind tester's kind 5), none a line of a test set
    @Test
    void skippingAStageIsAnEscalationQuestion() {
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.CONSULTATION, "do i have to go through stage 1 or can i skip it and go to stage 2"));
        assertEquals(Optional.of(Route.ESCALATION), turned(Route.CONSULTATION, "can we bypass the first stage if the worker is off sick"));
        assertEquals(Optional.empty(), turned(Route.CONSULTATION, "he keeps skipping school and his mum says shes at the end of her tether"));
    }

    // a parent asking whether early help needs their permission (risk helper, 41st session): consent, not the early help answer
    @Test
    void whetherEarlyHelpNeedsMyPermissionIsAConsentQuestion() {
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.EARLY_HELP,
                "the nursery want to refer us for early help, does the nursery need my permission for that"));
        assertEquals(Optional.of(Route.CONSENT_INFO_SHARING), turned(Route.EARLY_HELP, "do they need our consent to refer him to early help"));
        assertEquals(Optional.empty(), turned(Route.EARLY_HELP, "i need some early help for my family, we are struggling"));
    }
}

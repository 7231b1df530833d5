package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.mashline.knowledge.data.NationalHelplinesReader;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The questions about the last answer, as callers typed them in the trials (dialogue/context-questions.tsv). */
class ContextQuestionsTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final ContextQuestions QUESTIONS = ContextQuestions.fromClasspath(ContextQuestions.DEFAULT_FILE,
            WORDING, new NationalHelp(WORDING, new NationalHelplinesReader().load(null)),
            FollowUpCues.fromClasspath(FollowUpAdvisor.DEFAULT_FILE)::afterManners,
            RouteOverrides.fromClasspath(RouteOverrides.DEFAULT_FILE)::asks);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "will they know it was me|anonymity",
            // a relative's standing, after the answer to a family's disagreement (esc helper's unseen set, 29th session)
            "can i do that even tho im not his mum|standing",
            "am i even allowed to object tho, im only her nan not her mum|standing",
            "can i do that even though im not her dad|standing",
            "do i have any right to say anything im just her aunty not her parent|standing",
            "will the family know it was me who reported|anonymity",
            "can i stay anonymous?|anonymity",
            "will he find out i told|anonymity",
            "please dont tell anyone i said|anonymity",
            "do they tell the family who rang?|anonymity",
            "maybe im just being paranoid|overreacting",
            "what happens once ive made the referral?|after_contact",
            "am i overreacting?|overreacting",
            "am i overreacting by escalating this|overreacting",
            "is it worth reporting|overreacting",
            "what happens after i ring them?|after_contact",
            "what happens after i send it?|after_contact",
            "what will happen to the family|after_contact",
            "what happens next|report_next",
            "how long do they have to reply|how_long",
            "how long have they got|how_long",
            "how long do they take to decide|decision_time",
            "when will i hear back|decision_time",
            "when is it due?|how_long",
            "is mash open now?|hours",
            "is that number open now|hours",
            // a question that names no call is the support's cost too (answered so only after the family-support answer)
            "is that free?|support_cost",
            "do i have to pay for it|support_cost",
            "is it free to ring|cost",
            "is that number free|cost",
            "does it cost anything|support_cost",
            "can you text me that number|send_me",
            "Will she get the baby took off her|removal",
            "will they take my kids off me|removal",
            "i dont want her to get in trouble|trouble",
            "when do i need to do it by|how_long",
            "by when do i have to raise it|how_long",
            "shes really scared he will find out she told me|friend_scared",
            // a secret asked in so many words: a practitioner's own kind, friend_scared for anyone else (ContextQuestions)
            "she made me promise not to tell anyone|secret_asked",
            // an adult's is the secret asked for (ContextQuestions reads secret_asked inside it): blind q25
            "she says if i tell anyone shell never talk to me again|friend_fallout",
            // a question after what the caller is doing (blind q24, T03: 15 words, read as a goodbye)
            "ok im taking it to my first line manager now, how long have we got|how_long",
            "its not an emergency, can it wait till the morning|can_wait",
            "its not an emergency tho, can it wait til the morning|can_wait",
            // a reply awaited, not a visit (blind q25 F08's kind)
            "when do they need to come back to me by|how_long",
            "can i just ring them on monday|can_wait",
            "shes said i cant tell anyone|secret_asked",
            "she doesnt want me to tell anyone|friend_scared",
            "my friend doesnt want me to tell|friend_scared",
            "and will they let me know|after_contact",
            "will the mash tell me the outcome|after_contact",
            "i dont want to leave my little sister|trouble",
            "will they split us up|trouble",
            // care helper's first set, 29th session: "Thank you for telling me more", "I cannot answer that one here"
            "would anyone actually believe me, im just the aunty|listened",
            "do you think theyll take me seriously|listened",
            // a fear of removal told in a story about asking for help: the family's support, not only "I cannot tell you"
            "im too scared to tell my gp im struggling because social services might take my kids|removal",
            // care helper's own set, 31st session: a call back awaited after a contact; a weekend asked of, the worry after it
            "how soon do they normally ring u back|decision_time",
            "is there a time they have to get back to me by|decision_time",
            "whens someone gonna ring me back|decision_time",
            "r u guys open on a sunday? its not an emergency i just want some advice about my nieces mum|hours_day",
            "what are the mash opening times over the weekend, nothing urgent|hours_day",
            // care helper's own set, 34th session: a contact made and nothing since, in other words; a plan to ring tomorrow
            "nurse here, put a referral in on friday and had no acknowledgement|decision_time",
            "did a marf last week, nobody has got back to me|decision_time",
            "emailed the mash on tuesday and no one has replied|decision_time",
            "rang first response about my nephew, still waiting to hear|decision_time",
            "so do i phone them tomorrow|can_wait",
            "ok shall we call first response first thing then|can_wait",
            "does childline need my real name|childline_name",
            "can i talk to childline without giving a name|childline_name"})
    void kinds(String message, String kind) {
        assertEquals(Optional.of(kind), QUESTIONS.kind(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a story that mentions being unsure is a first message, not a question about an answer
            "not sure if im overreacting but the kids next door always look hungry and dirty and are out till late",
            "what is stage 2", "link?", "ok", "what else should i do", "my dad hits me",
            // danger in a friend's fear is the risk rules' and the model's, never a reassurance
            "shes scared he will kill her when she gets home tonight", "hes scared they will hurt him",
            // whether someone will listen to the child is not whether they will listen to the writer
            "will they listen to him",
            // a decision taken and challenged with nobody replying is the disagreement's, not a call back awaited
            "mash stepped it down and nobody replied to my email"})
    void notContextQuestions(String message) {
        assertEquals(Optional.empty(), QUESTIONS.kind(message));
    }
}

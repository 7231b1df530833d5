package uk.mashline.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How the conversation engine keeps its promise of an answer in time ({@code mash.dialogue}).
 *
 * @param classifierTimeLimit past it (or on error) the message is treated as immediate risk: 999 first; zero
 *                            classifies on the turn's own thread, bounded by the turn's limit
 * @param turnTimeLimit       the one deadline of every channel's answer: past it (a database stopped or
 *                            hanging) the message gets the safety reply and is journalled
 * @param conversationIdle    an SMS or call conversation stays open this long for the next message from
 *                            the same sender
 * @param usualOfficeHours    only orders the front door and the out-of-hours team when a document states
 *                            no hours for either; never told to a caller as a fact
 */
@ConfigurationProperties("mash.dialogue")
public record DialogueSettings(
        @Bindable(defaultValue = "1s") Duration classifierTimeLimit,
        @Bindable(defaultValue = "1500ms") Duration turnTimeLimit,
        @Bindable(defaultValue = "12h") Duration conversationIdle,
        UsualOfficeHours usualOfficeHours) {

    @ConfigurationProperties("usual-office-hours")
    public record UsualOfficeHours(
            @Bindable(defaultValue = "08:00") LocalTime opens,
            @Bindable(defaultValue = "18:00") LocalTime closes) {
    }
}

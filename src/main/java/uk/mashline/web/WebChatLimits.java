package uk.mashline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How fast the public web chat may be written to ({@code mash.webchat}), so it cannot be used to flood
 * the log staff review. Twilio's webhooks are never limited.
 *
 * @param messagesPerMinute                {@code MASH_WEBCHAT_MESSAGES_PER_MINUTE}: messages one client
 *                                         address may post a minute ({@code ChatRateLimitFilter})
 * @param messagesPerConversationPerMinute {@code MASH_WEBCHAT_MESSAGES_PER_CONVERSATION}: messages one
 *                                         conversation takes a minute, from any client
 *                                         ({@code channels.webchat.ConversationRateLimit})
 */
@ConfigurationProperties("mash.webchat")
public record WebChatLimits(@Bindable(defaultValue = "20") int messagesPerMinute,
                            @Bindable(defaultValue = "12") int messagesPerConversationPerMinute) {
}

package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.mashline.console.security.PartnershipScopes;
import uk.mashline.console.security.StaffRole;
import uk.mashline.review.ConversationQuery;

import java.util.List;

/**
 * The staff conversation API: the risk-first queue, a conversation, review actions, staff replies and the
 * CSV export, each limited to the caller's partnerships when an administrator has scoped them (PartnershipScopes).
 */
@Tag(name = "Staff")
@Controller("/api/staff")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffConversationController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_EXPORT_ROWS = 50_000;

    private final ConversationQueries queries;
    private final ConversationDetails details;
    private final ConversationReviews reviews;
    private final AuditLog audit;
    private final MessageSource messages;
    private final PartnershipScopes scopes;
    private final StaffReplies replies;

    StaffConversationController(ConversationQueries queries, ConversationDetails details, ConversationReviews reviews,
                                AuditLog audit, MessageSource messages, PartnershipScopes scopes, StaffReplies replies) {
        this.scopes = scopes;
        this.replies = replies;
        this.queries = queries;
        this.details = details;
        this.reviews = reviews;
        this.audit = audit;
        this.messages = messages;
    }

    @Get("/conversations")
    ConversationPage list(@Nullable @QueryValue String partnership, @Nullable @QueryValue String channel,
                          @Nullable @QueryValue String route, @Nullable @QueryValue String reviewStatus,
                          @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                          @Nullable @QueryValue String language, @Nullable @QueryValue Boolean waiting,
                          @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                          Authentication authentication) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "page/size", "page >= 0, size 1-" + MAX_PAGE_SIZE));
        }
        ConversationQuery filter = ConversationFilter.parse(partnership, channel, route, reviewStatus, from, to, language,
                messages).withScope(scopes.of(authentication));
        // waiting=true: exactly the people waiting for a member of staff, the longest waiting first
        return Boolean.TRUE.equals(waiting) ? queries.waiting(filter, MAX_PAGE_SIZE) : queries.page(filter, page, size);
    }

    @Get("/conversations/{id}")
    ConversationDetail detail(String id, Authentication authentication) {
        return details.open(authentication.getName(), id, scopes.of(authentication));
    }

    /** Messages after {@code after} (a message id), for an open conversation page to show replies as they come. */
    @Get("/conversations/{id}/messages")
    List<MessageView> messages(String id, @QueryValue(defaultValue = "0") long after, Authentication authentication) {
        return details.messagesAfter(id, after, scopes.of(authentication));
    }

    /** The live badge: immediate-risk conversations not yet reviewed, and people waiting for a member of staff. */
    @Get("/alerts")
    StaffAlerts alerts(Authentication authentication) {
        return queries.alerts(scopes.of(authentication));
    }

    @Post("/conversations/{id}/review")
    ConversationSummary review(String id, @Body ReviewRequest request, Authentication authentication) {
        return reviews.review(authentication.getName(), id, request, scopes.of(authentication));
    }

    /** A member of staff writes to the person (SMS: texted from the number they texted; web chat: shown in their page). */
    @Post("/conversations/{id}/replies")
    HttpResponse<StaffReplyView> reply(String id, @Body ReplyRequest request, Authentication authentication) {
        return HttpResponse.created(replies.reply(authentication.getName(), id, request.text(),
                scopes.of(authentication)));
    }

    @Get(value = "/conversations.csv", produces = "text/csv")
    @Secured(StaffRole.ADMIN_ROLE)
    HttpResponse<String> export(@Nullable @QueryValue String partnership, @Nullable @QueryValue String channel,
                                @Nullable @QueryValue String route, @Nullable @QueryValue String reviewStatus,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue String language, Authentication authentication) {
        ConversationQuery filter = ConversationFilter.parse(partnership, channel, route, reviewStatus, from, to,
                language, messages).withScope(scopes.of(authentication));
        var rows = queries.all(filter, MAX_EXPORT_ROWS);
        audit.record(authentication.getName(), AuditAction.EXPORT_CONVERSATIONS, "conversation", null,
                "rows=" + rows.size() + " filters=" + describe(filter));
        return HttpResponse.ok(ConversationCsv.render(rows))
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"conversations.csv\"");
    }

    private static String describe(ConversationQuery f) {
        return "partnership=" + f.partnership() + ",channel=" + f.channel() + ",route=" + f.route()
                + ",reviewStatus=" + f.reviewStatus() + ",from=" + f.from() + ",to=" + f.toExclusive()
                + ",language=" + f.language();
    }
}

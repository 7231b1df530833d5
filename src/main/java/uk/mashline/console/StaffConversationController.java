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
import uk.mashline.console.security.PartnershipScopes;
import uk.mashline.console.security.StaffRole;
import uk.mashline.review.ConversationQuery;

/**
 * The staff conversation API: the risk-first queue, a conversation, review actions and the CSV export,
 * each limited to the caller's partnerships when an administrator has scoped them (PartnershipScopes).
 */
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

    StaffConversationController(ConversationQueries queries, ConversationDetails details, ConversationReviews reviews,
                                AuditLog audit, MessageSource messages, PartnershipScopes scopes) {
        this.scopes = scopes;
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
                          @Nullable @QueryValue String language,
                          @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                          Authentication authentication) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "page/size", "page >= 0, size 1-" + MAX_PAGE_SIZE));
        }
        return queries.page(ConversationFilter.parse(partnership, channel, route, reviewStatus, from, to, language,
                messages).withScope(scopes.of(authentication)), page, size);
    }

    @Get("/conversations/{id}")
    ConversationDetail detail(String id, Authentication authentication) {
        return details.open(authentication.getName(), id, scopes.of(authentication));
    }

    @Post("/conversations/{id}/review")
    ConversationSummary review(String id, @Body ReviewRequest request, Authentication authentication) {
        return reviews.review(authentication.getName(), id, request, scopes.of(authentication));
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

package uk.mashline.channels.webchat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.mashline.knowledge.PartnershipDirectory;

import java.util.Map;

/** Serves the web chat page for a partnership, and the page to choose one (templates in views/chat, in the one layout). */
// pages, not API: out of the OpenAPI document
@Hidden
@Controller("/chat")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChatPageController {

    private final PartnershipDirectory partnerships;

    ChatPageController(PartnershipDirectory partnerships) {
        this.partnerships = partnerships;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> choose() {
        return HttpResponse.ok(page("chat-choose")).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get(value = "/{partnership}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> chat(@PathVariable String partnership) {
        if (partnerships.find(partnership).isEmpty()) {
            return HttpResponse.notFound(page("chat-choose")).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return HttpResponse.ok(page("chat")).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static ModelAndView<Map<String, Object>> page(String name) {
        return new ModelAndView<>("chat/" + name, Map.of());
    }
}

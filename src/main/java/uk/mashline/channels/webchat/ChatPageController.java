package uk.mashline.channels.webchat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.mashline.knowledge.PartnershipDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the web chat page for a partnership, and the page to choose one. */
@Controller("/chat")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChatPageController {

    private final PartnershipDirectory partnerships;
    private final String chatPage;
    private final String choosePage;

    ChatPageController(PartnershipDirectory partnerships) {
        this.partnerships = partnerships;
        this.chatPage = read("pages/chat.html");
        this.choosePage = read("pages/chat-choose.html");
    }

    @Get(produces = MediaType.TEXT_HTML)
    String choose() {
        return choosePage;
    }

    @Get(value = "/{partnership}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> chat(@PathVariable String partnership) {
        if (partnerships.find(partnership).isEmpty()) {
            return HttpResponse.<String>notFound().body(choosePage);
        }
        return HttpResponse.ok(chatPage);
    }

    private static String read(String resource) {
        try (InputStream in = ChatPageController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("page not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

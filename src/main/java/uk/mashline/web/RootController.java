package uk.mashline.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/**
 * The site's root sends a visitor to the web chat's choice of area: whoever opens the bare address
 * (a child, a worried neighbour) lands on help, never on a sign-in prompt.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class RootController {

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/chat"));
    }
}

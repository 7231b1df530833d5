package uk.mashline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How many client connections the server holds open at once ({@code mash.connections}); see {@link ConnectionCap}.
 *
 * @param maxOpen past this many, no more are accepted until some close; 0: no limit
 */
@ConfigurationProperties("mash.connections")
public record ConnectionSettings(@Bindable(defaultValue = "512") int maxOpen) {
}

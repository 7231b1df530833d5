package uk.mashline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Which peers may tell the service who the client is ({@code mash.proxy}).
 *
 * @param trustedProxies CIDRs (or single addresses) of the load balancers and proxies in front of the
 *                       service, from {@code MASH_TRUSTED_PROXIES}. Only a request whose TCP peer is in
 *                       one of them has its {@code Forwarded} / {@code X-Forwarded-For} /
 *                       {@code X-Forwarded-Proto} headers read; from anyone else they are ignored, so a
 *                       client cannot choose the address its sign-in failures and chat messages count against.
 */
@ConfigurationProperties("mash.proxy")
public record ProxySettings(@Nullable List<String> trustedProxies) {
}

/**
 * Operations metrics for Prometheus ({@code GET /prometheus}): the line's own meters beside Micronaut's
 * HTTP server, JVM and connection pool meters. Labels carry only values from closed sets (route, channel,
 * partnership id, a reason): never message text, a phone number or a conversation id.
 */
package uk.mashline.metrics;

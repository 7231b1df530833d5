package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.persistence.AuditEventRow;

import java.util.List;

/** A page of the audit log, newest first. */
@Serdeable
public record AuditEventPage(List<AuditEventRow> content, long totalSize, int page, int size, int totalPages) {
}

package uk.mashline.knowledge;

/**
 * Whether members of the public (not only professionals) may contact the front door, and whether
 * they may stay anonymous. A null flag means the document does not say; the matching text then
 * says so and where to ask.
 */
public record PublicReporting(Boolean publicMayContact,
                              SourcedText publicContact,
                              Boolean anonymousReports,
                              SourcedText anonymity) {
}

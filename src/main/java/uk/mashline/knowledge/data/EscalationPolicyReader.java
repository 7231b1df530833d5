package uk.mashline.knowledge.data;

import uk.mashline.knowledge.EscalationAudience;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationRoute;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.WhoMayEscalate;

import java.util.List;

/** Reads {@code escalation:}, the partnership's policy for resolving professional disagreements. */
final class EscalationPolicyReader {

    private final SourceReader sources;

    EscalationPolicyReader(SourceReader sources) {
        this.sources = sources;
    }

    EscalationPolicy read(String partnershipId, Node node) {
        Node who = node.child("whoMayEscalate");
        WhoMayEscalate whoMayEscalate = new WhoMayEscalate(
                who.enumValue("audience", EscalationAudience.class), who.text("text"), sources.source(who));
        who.finish();
        List<EscalationStage> stages = node.map(node.children("stages"), this::stage);
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).number() != i + 1) {
                throw node.error("stages[" + i + "].number", "stages must be numbered 1, 2, 3... in order");
            }
        }
        var stagesNotStated = sources.optionalSourcedText(node, "stagesNotStated");
        if (stages.isEmpty() && stagesNotStated == null) {
            throw node.error("stagesNotStated", "is required when no stages are given");
        }
        Integer discussionStage = node.optionalInteger("discussionStage");
        if (discussionStage != null && (discussionStage < 1 || discussionStage > stages.size())) {
            throw node.error("discussionStage", "must be the number of one of the stages given");
        }
        EscalationPolicy policy = new EscalationPolicy(
                partnershipId,
                whoMayEscalate,
                sources.optionalSourcedText(node, "initialDiscussion"),
                stages,
                stagesNotStated,
                sources.optionalSourcedText(node, "doNotDelayRule"),
                sources.requiredSourcedText(node, "pointOfContact"),
                sources.sourcedTexts(node, "recording"),
                sources.sourcedTexts(node, "specialCases"),
                sources.sourcedTexts(node, "notes"),
                node.map(node.children("ownRoutes"), this::ownRoute),
                node.texts("beforeStagesByOwn"),
                discussionStage,
                node.map(node.children("firstTalks"), this::firstTalk),
                sources.optionalSourcedText(node, "afterLastStage"),
                sources.optionalSourcedText(node, "publishedAt"));
        node.finish();
        return policy;
    }

    private EscalationRoute firstTalk(Node talk) {
        return new EscalationRoute(talk.text("decision"), talk.phrases("mentions"), List.of(), sources.sourcedText(talk));
    }

    private EscalationRoute ownRoute(Node route) {
        // "next" is read before the route's text and source, whose reading checks that no other field is left
        String next = route.optionalText("next");
        String start = route.optionalText("start");
        return new EscalationRoute(route.text("decision"), route.phrases("mentions"), route.texts("professions"),
                sources.sourcedText(route), next, start);
    }

    private EscalationStage stage(Node node) {
        int number = node.integer("number");
        String parties = node.optionalText("parties");
        Integer workingDays = node.optionalInteger("workingDays");
        Integer cumulative = node.optionalInteger("cumulativeWorkingDays");
        String notStated = node.optionalText("notStated");
        String means = node.optionalText("timescaleMeans");
        if (workingDays != null && means == null) {
            throw node.error("timescaleMeans", "is required with workingDays: what the limit is for, in the document's"
                    + " terms (e.g. \"a response is required\", \"the stage should be completed\")");
        }
        if (parties == null && notStated == null) {
            throw node.error("parties", "is required (or a notStated note saying the document does not name them)");
        }
        if (workingDays == null && notStated == null) {
            throw node.error("notStated", "is required when workingDays is null: say the document gives no limit and what to do");
        }
        String spoken = node.optionalText("spokenParties");
        return new EscalationStage(number, parties, workingDays, cumulative, means, node.texts("mustRecord"), notStated,
                sources.source(node), spoken, node.texts("heldBy"), node.texts("heldByOwn"),
                node.optionalInteger("sharesLimitWith"), node.optionalInteger("outcomeMonthsAfterMeeting"));
    }
}

package uk.mashline.dialogue;

/** Writes the advice for one route, as a skilled duty worker would give it. */
public interface RouteAdvisor {

    Turn advise(AdviceRequest request);
}

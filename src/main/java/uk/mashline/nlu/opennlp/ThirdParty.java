package uk.mashline.nlu.opennlp;

import java.util.Set;

/**
 * Whether a job the name finder found is the caller's own ("I'm her health visitor", "DSL here") or someone
 * else's that the caller mentions ("I want to complain about the social worker", "police are here now"). The
 * model was trained on callers naming their own job, and alone it takes both for the caller's: a parent who
 * complains about the social worker would then be answered as a professional. Small rules on the words
 * around the job decide, as a duty worker reading the sentence would.
 */
final class ThirdParty {

    /** Words before a job that make it someone the caller is talking about: "the", "my", "her"... */
    private static final Set<String> OTHERS = Set.of("the", "my", "our", "his", "her", "their", "your", "that", "this",
            "no", "any", "some", "another", "other", "these", "those", "which", "what");
    /** Words after which "the" or "her" still introduce the caller's own job: "i am the", "as her". */
    private static final Set<String> SELF = Set.of("am", "as", "im");
    /** Words before "a" that make it someone else: "spoke to a social worker", "saw a police officer". */
    private static final Set<String> TO_SOMEONE = Set.of("to", "with", "from", "by", "about", "saw", "see", "called",
            "rang", "phoned", "told", "asked", "and", "or", "get", "got", "need", "want", "wants", "sent", "send", "was",
            "is", "were", "are", "there", "like", "for", "no");
    /** Words after a job that make it the subject of what someone else did: "the police are here". */
    private static final Set<String> ACTS = Set.of("is", "are", "was", "were", "has", "have", "had", "said", "says",
            "say", "keeps", "keep", "never", "did", "does", "do", "told", "came", "come", "will", "would", "wont",
            "cannot", "can", "could", "just", "closed", "decided", "refused", "rang", "called", "visited", "knows",
            "thinks", "think", "wants", "took", "brought", "arrived", "turned", "left", "not", "should", "might",
            "asked", "asks", "been", "being");

    /** "and", as typed, before {@link #THEIRS}. */
    private static final Set<String> AND = Set.of("and", "n", "&", "+");
    /** After a relative and "and": someone who belongs to that relative ("mum and her boyfriend"). */
    private static final Set<String> THEIRS = Set.of("her", "his", "their");

    private ThirdParty() {
    }

    /**
     * @param tokens the normalised message, as the name finder saw it
     * @param job    the words the model marked as a profession (a trailing "are" of "police are" is not the job)
     */
    static boolean isCallersOwn(String[] tokens, String job) {
        String[] words = job.split(" ");
        int start = indexOf(tokens, words);
        if (start < 0) {
            return true;
        }
        int end = start + words.length;
        // a span that ran on into a verb ("police are") is the model's mistake: the verb is not the job
        while (end - 1 > start && ACTS.contains(tokens[end - 1])) {
            end--;
        }
        String before = start > 0 ? tokens[start - 1] : null;
        String twoBefore = start > 1 ? tokens[start - 2] : null;
        String after = end < tokens.length ? tokens[end] : null;
        if (before != null && OTHERS.contains(before)) {
            return twoBefore != null && (SELF.contains(twoBefore) || twoBefore.equals("i"));
        }
        if (before != null && (before.equals("a") || before.equals("an")) && twoBefore != null
                && TO_SOMEONE.contains(twoBefore)) {
            return false;
        }
        // "mum and her bf are screaming", "dad n his gf": a relative with someone of theirs is someone the writer
        // tells of (care helper's unseen set, 2 Dec: a child hiding in her room was answered as a parent)
        String afterThat = end + 1 < tokens.length ? tokens[end + 1] : null;
        if (after != null && AND.contains(after) && afterThat != null && THEIRS.contains(afterThat)) {
            return false;
        }
        // "police are here now" or "social worker said...": someone else doing something, unless "here" says who
        return after == null || after.equals("here") || !ACTS.contains(after) || isSelfBefore(before);
    }

    private static boolean isSelfBefore(String word) {
        return word != null && (SELF.contains(word) || word.equals("a") || word.equals("an"));
    }

    private static int indexOf(String[] tokens, String[] words) {
        outer:
        for (int i = 0; i + words.length <= tokens.length; i++) {
            for (int j = 0; j < words.length; j++) {
                if (!tokens[i + j].equals(words[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

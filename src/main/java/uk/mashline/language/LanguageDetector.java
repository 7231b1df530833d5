package uk.mashline.language;

/**
 * Port: which language a message is written in. English is the answer whenever the evidence is
 * not clear, because ordinary English (text-speak included) must always reach the English
 * pipeline and its immediate-risk rules; a wrong "foreign" verdict would hide an English
 * disclosure behind a generic safety line.
 */
public interface LanguageDetector {

    Language detect(String text);
}

package uk.mashline.console.security;

/**
 * How far a console session has got: the right password given and the code from the authenticator
 * awaited ({@code PASSWORD}), the right password given by an account that must set up its second factor
 * first ({@code ENROL}), or signed in ({@code FULL}). Only a FULL session reaches the console's data.
 */
public enum SessionStage {
    PASSWORD,
    ENROL,
    FULL
}

package uk.mashline.nlu.bench;

/** The messages the NLU benchmarks cycle through: every route, danger and not, long and short, flow answers. */
final class Messages {

    static final String[] ALL = {
        "hi",
        "im worried about my neighbours kids they r always shouting n the little one looks hungry",
        "he's outside rn and he's got a knife pls help",
        "How do I make a referral to the MASH as a school DSL?",
        "I disagree with the decision to close the case and want to escalate",
        "can i share information with the school without the parents consent",
        "the social worker was rude to me on the phone and I want to complain",
        "can i speak to a real person",
        "thanks bye",
        "what time does the tip open",
        "my 3 yr old has been left on his own all night and mum isnt back",
        "Is this a level 3 or level 4 on the threshold document? practitioner consultation please",
        "family struggling with housing and the kids behaviour, is there any support like early help",
        "my friend said she's going to kill herself tonight",
        "😢😢😢 dunno wat to do cos my step dad hits me when he drinks",
        "Good morning, I'm a health visitor with a question about a baby who has a bruise",
        "HV here in Crawley, MASH said NFA on Monday 16 November, we had the initial discussion and are now at stage 2",
        "18/11/2026",
        "im 12",
        "yes",
        "2",
        "last Tuesday",
    };

    private Messages() {
    }
}

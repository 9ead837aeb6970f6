package org.linkwork.careplans;

import java.util.List;

/**
 * What the person said in the "what matters to me" conversation, in their own words.
 *
 * @param whatMatters what matters to them, now
 * @param enjoys      what they enjoy, or used to enjoy
 * @param strengths   what they are good at, what has helped before
 * @param worries     what worries them
 * @param whoSupports family, friends, neighbours, groups or services they lean on
 * @param barriers    what may get in their way, each with their words about it
 */
public record ConversationDetails(String whatMatters, String enjoys, String strengths, String worries,
        String whoSupports, List<BarrierDetail> barriers) {

    public ConversationDetails {
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
    }

    /**
     * @param detail what it is about, in the person's words; may be empty
     */
    public record BarrierDetail(Barrier barrier, String detail) {
    }
}

package org.linkwork.referrals;

import com.fasterxml.jackson.annotation.JsonValue;
import org.linkwork.platform.Coded;

/**
 * A referral to a service, which the service answers through the task states; or a signpost: the
 * person was told about the service, and nothing was sent to it.
 */
public enum OnwardKind implements Coded {
    REFERRAL,
    SIGNPOST;

    @JsonValue
    public String code() {
        return Coded.fromName(this);
    }
}

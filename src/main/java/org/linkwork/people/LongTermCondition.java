package org.linkwork.people;

/**
 * Long-term conditions a person may live with, as recorded for social prescribing; the MSK
 * conditions are named separately because the MSK pathway depends on them.
 */
public enum LongTermCondition {
    OSTEOARTHRITIS("Osteoarthritis", true),
    RHEUMATOID_ARTHRITIS("Rheumatoid arthritis", true),
    BACK_PAIN("Back pain", true),
    NECK_PAIN("Neck pain", true),
    OSTEOPOROSIS("Osteoporosis", true),
    FIBROMYALGIA("Fibromyalgia", true),
    CHRONIC_PAIN("Chronic or persistent pain", true),
    OTHER_MSK("Other joint, bone or muscle condition", true),
    DIABETES("Diabetes", false),
    COPD("COPD or other lung condition", false),
    ASTHMA("Asthma", false),
    HEART_DISEASE("Heart disease", false),
    STROKE("Stroke", false),
    HYPERTENSION("High blood pressure", false),
    DEMENTIA("Dementia", false),
    DEPRESSION("Depression", false),
    ANXIETY("Anxiety", false),
    CANCER("Cancer", false),
    KIDNEY_DISEASE("Kidney disease", false),
    LEARNING_DISABILITY("Learning disability", false),
    SENSORY_IMPAIRMENT("Sight or hearing loss", false),
    OTHER("Other long-term condition", false);

    private final String label;
    private final boolean musculoskeletal;

    LongTermCondition(String label, boolean musculoskeletal) {
        this.label = label;
        this.musculoskeletal = musculoskeletal;
    }

    public String label() {
        return label;
    }

    public boolean isMusculoskeletal() {
        return musculoskeletal;
    }
}

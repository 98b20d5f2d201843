package org.changetalk.scenario.model;

/**
 * A scenario's or beat's tuning of one row of deltas: only the measures it names (non-null)
 * replace the row below it, so an author can change one number without restating four.
 */
public record DeltaPatch(Double engagement, Double discord, Double importance, Double confidence) {

    public Deltas over(Deltas base) {
        return new Deltas(
                engagement != null ? engagement : base.engagement(),
                discord != null ? discord : base.discord(),
                importance != null ? importance : base.importance(),
                confidence != null ? confidence : base.confidence());
    }
}

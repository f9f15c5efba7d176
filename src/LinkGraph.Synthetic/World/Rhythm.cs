namespace LinkGraph.Synthetic.World;

/// <summary>When in the (local) day and week someone is active.</summary>
public enum Rhythm
{
    /// <summary>Evenings and weekends, some daytime.</summary>
    Personal,

    /// <summary>Office hours on weekdays.</summary>
    Work,

    /// <summary>Late afternoons and nights, any day.</summary>
    Student,

    /// <summary>Flat over the day.</summary>
    Anytime,
}

namespace Assistant.Defects.Anomalies;

/// <summary>What kind of departure from the usual a row is.</summary>
public enum AnomalyKind
{
    /// <summary>Within the usual range.</summary>
    None,

    /// <summary>One reading well above the usual; the level after it is unchanged so far.</summary>
    Spike,

    /// <summary>One reading well below the usual.</summary>
    Dip,

    /// <summary>The readings have moved to a new level and stayed there.</summary>
    LevelShift,

    /// <summary>The readings have started to climb or fall at a new rate.</summary>
    TrendChange,
}

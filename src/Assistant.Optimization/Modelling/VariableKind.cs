namespace Assistant.Optimization.Modelling;

/// <summary>What values a variable may take between its bounds.</summary>
public enum VariableKind
{
    /// <summary>Any real number (trucks' worth of packages, hours).</summary>
    Continuous,

    /// <summary>Whole numbers only (trucks, shifts).</summary>
    Integer,

    /// <summary>0 or 1 (open a lane or not).</summary>
    Binary,
}

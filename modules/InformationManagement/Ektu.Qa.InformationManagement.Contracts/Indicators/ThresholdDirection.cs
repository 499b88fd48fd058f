namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>Which side of the threshold is good: at least the threshold (e.g. employment rate) or at most (e.g. dropout rate).</summary>
public enum ThresholdDirection
{
    AtLeast,
    AtMost,
}

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>A value against its indicator's threshold; <see cref="None"/> when the indicator has no threshold.</summary>
public enum ThresholdStatus
{
    None,
    Met,
    NotMet,
}

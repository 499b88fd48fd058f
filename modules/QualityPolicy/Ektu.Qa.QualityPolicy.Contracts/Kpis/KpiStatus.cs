namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>
/// How an indicator stands in a year: the latest actual meets the target (OnTrack), misses it by at most 10 % of
/// the target (AtRisk), or by more (Missed); NoData without a target or an actual.
/// </summary>
public enum KpiStatus
{
    NoData,
    OnTrack,
    AtRisk,
    Missed,
}

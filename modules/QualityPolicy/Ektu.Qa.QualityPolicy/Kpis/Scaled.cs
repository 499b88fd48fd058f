namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>KPI numbers are stored as integers ×100 because SQLite has no exact decimal.</summary>
internal static class Scaled
{
    public static long ToX100(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromX100(long value) => value / 100m;
}

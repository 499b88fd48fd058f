namespace Ektu.Qa.TestKit;

/// <summary>
/// A fact that needs the 3-node Galera cluster of <c>build/start-galera.sh</c>: skipped (visibly) when <c>EKTU_QA_GALERA</c>,
/// the cluster's connection string (<c>build/start-galera.sh conn</c>), is unset. <c>.ci/run</c> starts the cluster and sets it.
/// </summary>
public sealed class GaleraFactAttribute : FactAttribute
{
    public GaleraFactAttribute()
    {
        if (ConnectionString == null) Skip = "EKTU_QA_GALERA is not set (build/start-galera.sh starts the cluster)";
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable("EKTU_QA_GALERA") is { Length: > 0 } cs ? cs : null;
}

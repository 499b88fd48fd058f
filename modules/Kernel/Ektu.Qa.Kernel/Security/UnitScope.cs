namespace Ektu.Qa.Kernel.Security;

/// <summary>A set of visible organisation units, or all of them.</summary>
public sealed record UnitScope(bool All, IReadOnlySet<Guid> UnitIds)
{
    public static readonly UnitScope Everything = new(true, new HashSet<Guid>());
    public static readonly UnitScope Nothing = new(false, new HashSet<Guid>());

    public bool Contains(Guid unitId) => All || UnitIds.Contains(unitId);

    /// <summary>Ids to bind into <c>IN @Units</c> (see <see cref="Data.SqlIds"/>).</summary>
    public string[] ForSql() => Data.SqlIds.Text(UnitIds);
}

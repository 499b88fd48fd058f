using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>
/// SWOT analyses of the units in the caller's scope, one per unit and year. A draft is edited; approval freezes it (an
/// edit of an approved analysis is a 409). Items are trimmed, empty lines dropped.
/// </summary>
internal sealed class SwotAppService(SwotRepository repo, IUnitDirectory units, AuditContext<InformationManagementContractsModule> audit,
    ICurrentUser user, IClock clock) : ISwotAppService
{
    private const string Entity = "SwotAnalysis";
    private const int MaxItems = 50;

    public async Task<IReadOnlyList<SwotDto>> GetListAsync(int? year = null, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Swot.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, year, ct);
        var names = await units.NamesAsync(ct);
        foreach (var s in list) s.UnitName = names.GetValueOrDefault(s.UnitId, "");
        return list;
    }

    public async Task<SwotDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Swot.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<SwotDto> CreateAsync(SaveSwotInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Swot.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var clean = Clean(input);
        Validate(clean, true);
        if (await repo.CountAsync(clean.UnitId, clean.Year!.Value, ct) > 0)
            throw ValidationException.For(nameof(input.Year), SwotErrorCodes.Duplicate);
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, clean, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Created", Changes(null, after), ct, unitId: after.UnitId);
        return after;
    }

    public async Task<SwotDto> UpdateAsync(Guid id, SaveSwotInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Swot.Manage);
        var before = await LoadAsync(id, ct);
        if (before.State == SwotState.Approved) throw new QaException(SwotErrorCodes.Approved, 409);
        input.UnitId = before.UnitId;
        input.Year = before.Year;
        var clean = Clean(input);
        Validate(clean, false);
        await repo.UpdateAsync(id, clean, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", Changes(before, after), ct, unitId: after.UnitId);
        return after;
    }

    public async Task<SwotDto> ApproveAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Swot.Manage);
        var before = await LoadAsync(id, ct);
        if (before.State == SwotState.Approved) throw new QaException(SwotErrorCodes.Approved, 409);
        await repo.ApproveAsync(id, version, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Approved",
            [new AuditChange("State", before.State.ToString(), after.State.ToString(), "Enum:SwotState.")], ct, unitId: after.UnitId);
        return after;
    }

    private async Task<SwotDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var s = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(s.UnitId, Entity, id, ct);
        s.UnitName = await units.NameAsync(s.UnitId, ct);
        return s;
    }

    private static SaveSwotInput Clean(SaveSwotInput i) => new()
    {
        UnitId = i.UnitId, Year = i.Year, Version = i.Version, Strengths = Items(i.Strengths), Weaknesses = Items(i.Weaknesses),
        Opportunities = Items(i.Opportunities), Threats = Items(i.Threats),
    };

    private static List<string> Items(IEnumerable<string>? items) =>
        (items ?? []).SelectMany(t => (t ?? "").Split('\n')).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();

    private static void Validate(SaveSwotInput i, bool isNew)
    {
        var check = new Check()
            .That(!isNew || i.Year is >= 2000 and <= 2100, nameof(i.Year), i.Year == null ? ErrorCodes.Required : ErrorCodes.InvalidValue)
            .That(i.Strengths.Count + i.Weaknesses.Count + i.Opportunities.Count + i.Threats.Count > 0, nameof(i.Strengths), SwotErrorCodes.Empty);
        foreach (var (field, list) in new[] { (nameof(i.Strengths), i.Strengths), (nameof(i.Weaknesses), i.Weaknesses),
                     (nameof(i.Opportunities), i.Opportunities), (nameof(i.Threats), i.Threats) })
        {
            check.That(list.Count <= MaxItems, field, ErrorCodes.InvalidValue)
                .That(list.All(t => t.Length <= InformationManagementConsts.TextMax), field, ErrorCodes.TooLong);
        }
        check.ThrowIfAny();
    }

    private static List<AuditChange> Changes(SwotDto? before, SwotDto after)
    {
        var changes = new List<AuditChange>();
        if (before == null) changes.Add(new AuditChange("Year", null, after.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        void Add(string field, IReadOnlyList<string>? old, IReadOnlyList<string> now)
        {
            if (old != null && old.SequenceEqual(now)) return;
            changes.Add(new AuditChange(field, old == null ? null : string.Join("; ", old), string.Join("; ", now)));
        }
        Add("Strengths", before?.Strengths, after.Strengths);
        Add("Weaknesses", before?.Weaknesses, after.Weaknesses);
        Add("Opportunities", before?.Opportunities, after.Opportunities);
        Add("Threats", before?.Threats, after.Threats);
        return changes;
    }
}

using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// Rankings are the university's results (public data once published), so every holder of the permission reads them
/// all; a linked evidence document must be one the caller can see.
/// </summary>
internal sealed class RankingAppService(RankingRepository repo, ReadinessRepository evidence, IProgrammeIntegrationService programmes,
    IUnitDirectory units, AuditContext<ExternalAccreditationContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local)
    : IRankingAppService
{
    private const int BandMax = 50;
    private const int FirstYear = 2000;

    public async Task<IReadOnlyList<RankingSystemDto>> GetSystemsAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Default);
        return await repo.SystemsAsync(ct);
    }

    public async Task<RankingSystemDto> CreateSystemAsync(SaveRankingSystemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Manage);
        var id = Guid.NewGuid();
        await ValidateAsync(input, id, ct);
        await repo.InsertSystemAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindSystemAsync(id, ct))!;
        await audit.WriteAsync("RankingSystem", id, "Created", AuditChanges.Between(null, after), ct);
        return after;
    }

    public async Task<RankingSystemDto> UpdateSystemAsync(Guid id, SaveRankingSystemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Manage);
        var before = await repo.FindSystemAsync(id, ct) ?? throw new EntityNotFoundException("RankingSystem", id);
        await ValidateAsync(input, id, ct);
        await repo.UpdateSystemAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindSystemAsync(id, ct))!;
        await audit.WriteAsync("RankingSystem", id, "Updated", AuditChanges.Between(before, after), ct);
        return after;
    }

    public async Task<IReadOnlyList<RankingEntryDto>> GetEntriesAsync(Guid? systemId = null, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Default);
        return await EnrichAsync(await repo.EntriesAsync(systemId, false, ct), ct);
    }

    public async Task<RankingEntryDto> GetEntryAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Default);
        var e = await repo.FindEntryAsync(id, ct) ?? throw new EntityNotFoundException("RankingEntry", id);
        return (await EnrichAsync([e], ct))[0];
    }

    public async Task<RankingEntryDto> CreateEntryAsync(SaveRankingEntryInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Manage);
        var id = Guid.NewGuid();
        var system = await repo.FindSystemAsync(input.SystemId, ct);
        if (system is { IsActive: false }) throw ValidationException.For(nameof(input.SystemId), RankingErrorCodes.InactiveSystem);
        await ValidateAsync(input, system, id, ct);
        await repo.InsertEntryAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindEntryAsync(id, ct))!;
        await audit.WriteAsync("RankingEntry", id, "Created", AuditChanges.Between(null, after), ct);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<RankingEntryDto> UpdateEntryAsync(Guid id, SaveRankingEntryInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Manage);
        var before = await repo.FindEntryAsync(id, ct) ?? throw new EntityNotFoundException("RankingEntry", id);
        input.SystemId = before.SystemId;
        await ValidateAsync(input, await repo.FindSystemAsync(before.SystemId, ct), id, ct);
        await repo.UpdateEntryAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindEntryAsync(id, ct))!;
        await audit.WriteAsync("RankingEntry", id, "Updated", AuditChanges.Between(before, after), ct);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<IReadOnlyList<TopFiveShareDto>> GetTopFiveSharesAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Rankings.Default);
        var entries = await repo.EntriesAsync(null, false, ct);
        return (await repo.SystemsAsync(ct)).Where(s => s.RanksProgrammes)
            .SelectMany(s => RankingRules.TopFiveShares(s.Code, entries.Where(e => e.SystemId == s.Id))).ToList();
    }

    private async Task ValidateAsync(SaveRankingSystemInput i, Guid id, CancellationToken ct)
    {
        var check = new Check()
            .Required(nameof(i.Code), i.Code, ExternalAccreditationConsts.CodeMax)
            .Required(nameof(i.Name), i.Name, ExternalAccreditationConsts.NameMax);
        if (!string.IsNullOrWhiteSpace(i.Code) && await repo.CodeTakenAsync(i.Code.Trim(), id, ct))
            check.Add(nameof(i.Code), RankingErrorCodes.CodeTaken);
        check.ThrowIfAny();
    }

    private async Task ValidateAsync(SaveRankingEntryInput i, RankingSystemDto? system, Guid id, CancellationToken ct)
    {
        var check = new Check()
            .That(system != null, nameof(i.SystemId), ErrorCodes.Required)
            .That(i.Year >= FirstYear && i.Year <= local.Today.Year + 1, nameof(i.Year), ErrorCodes.InvalidValue)
            .That(i.Position is null or (>= 1 and <= 100000), nameof(i.Position), ErrorCodes.InvalidValue)
            .Optional(nameof(i.Band), i.Band, BandMax)
            .That(i.Position != null || !string.IsNullOrWhiteSpace(i.Band), nameof(i.Position), RankingErrorCodes.PositionOrBand)
            .Optional(nameof(i.Indicators), i.Indicators, ExternalAccreditationConsts.LongTextMax);
        if (system != null)
        {
            if (system.RanksProgrammes && i.ProgrammeId == null) check.Add(nameof(i.ProgrammeId), RankingErrorCodes.ProgrammeRequired);
            if (!system.RanksProgrammes && i.ProgrammeId != null) check.Add(nameof(i.ProgrammeId), RankingErrorCodes.ProgrammeNotRanked);
        }
        if (i.ProgrammeId is { } pid && await programmes.FindProgrammeAsync(pid, ct) == null)
            check.Add(nameof(i.ProgrammeId), ErrorCodes.InvalidValue);
        if (i.EvidenceId is { } eid && !await EvidenceVisibleAsync(eid, ct)) check.Add(nameof(i.EvidenceId), ErrorCodes.InvalidValue);
        check.ThrowIfAny();
        if (await repo.DuplicateAsync(i.SystemId, i.Year, i.ProgrammeId, id, ct))
            throw ValidationException.For(nameof(i.Year), RankingErrorCodes.Duplicate);
    }

    private async Task<bool> EvidenceVisibleAsync(Guid id, CancellationToken ct)
    {
        var e = await evidence.FindEvidenceAsync(id, ct);
        return e != null && await units.IsVisibleAsync(e.UnitId, ct);
    }

    private async Task<List<RankingEntryDto>> EnrichAsync(IReadOnlyList<RankingEntryDto> list, CancellationToken ct)
    {
        var systems = (await repo.SystemsAsync(ct)).ToDictionary(s => s.Id);
        var names = list.Any(e => e.ProgrammeId != null)
            ? (await programmes.GetProgrammesAsync(ct)).ToDictionary(p => p.Id, p => p.GroupCode + " " + p.Title) : [];
        foreach (var e in list)
        {
            if (systems.TryGetValue(e.SystemId, out var s)) (e.SystemCode, e.SystemName) = (s.Code, s.Name);
            if (e.ProgrammeId is { } p) e.ProgrammeName = names.GetValueOrDefault(p);
            if (e.EvidenceId is { } ev) e.EvidenceTitle = (await evidence.FindEvidenceAsync(ev, ct))?.Title;
        }
        return [.. list];
    }

    private static SaveRankingSystemInput Clean(SaveRankingSystemInput i) => new()
    {
        Code = i.Code.Trim(), Name = i.Name.Trim(), RanksProgrammes = i.RanksProgrammes, IsActive = i.IsActive, Version = i.Version,
    };

    private static SaveRankingEntryInput Clean(SaveRankingEntryInput i) => new()
    {
        SystemId = i.SystemId, Year = i.Year, ProgrammeId = i.ProgrammeId, Position = i.Position, Band = Trim(i.Band),
        Indicators = Trim(i.Indicators), EvidenceId = i.EvidenceId, IsPublished = i.IsPublished, Version = i.Version,
    };

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

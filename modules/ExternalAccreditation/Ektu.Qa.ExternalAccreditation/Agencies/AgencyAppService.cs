using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>The agencies' reference data: university-wide (no unit), read with Accreditations, edited with Agencies.Manage.</summary>
internal sealed class AgencyAppService(AgencyRepository repo, AuditContext<ExternalAccreditationContractsModule> audit, ICurrentUser user,
    IClock clock) : IAgencyAppService
{
    private const string Entity = "Agency";

    public async Task<IReadOnlyList<AgencyDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Default);
        return await repo.ListAsync(ct);
    }

    public async Task<AgencyDto> CreateAsync(SaveAgencyInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Agencies.Manage);
        var id = Guid.NewGuid();
        await ValidateAsync(id, input, ct);
        await repo.InsertAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct);
        return after;
    }

    public async Task<AgencyDto> UpdateAsync(Guid id, SaveAgencyInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Agencies.Manage);
        var before = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await ValidateAsync(id, input, ct);
        await repo.UpdateAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(before, after), ct);
        return after;
    }

    private async Task ValidateAsync(Guid id, SaveAgencyInput i, CancellationToken ct)
    {
        new Check()
            .Required(nameof(i.Code), i.Code, ExternalAccreditationConsts.CodeMax)
            .Required(nameof(i.NameKk), i.NameKk, ExternalAccreditationConsts.NameMax)
            .Required(nameof(i.NameRu), i.NameRu, ExternalAccreditationConsts.NameMax)
            .Required(nameof(i.NameEn), i.NameEn, ExternalAccreditationConsts.NameMax)
            .Required(nameof(i.Country), i.Country, ExternalAccreditationConsts.CountryMax)
            .ThrowIfAny();
        if (await repo.CodeTakenAsync(i.Code.Trim(), id, ct)) throw ValidationException.For(nameof(i.Code), AgencyErrorCodes.DuplicateCode);
    }

    private static SaveAgencyInput Clean(SaveAgencyInput i) => new()
    {
        Code = i.Code.Trim(), NameKk = i.NameKk.Trim(), NameRu = i.NameRu.Trim(), NameEn = i.NameEn.Trim(), Country = i.Country.Trim(),
        IsRegistered = i.IsRegistered, IsActive = i.IsActive, Version = i.Version,
    };
}

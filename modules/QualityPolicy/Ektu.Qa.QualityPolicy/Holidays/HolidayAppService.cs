using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Permissions;

namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>
/// Calendar exceptions. Changing them does not move due dates already given: a task keeps the date it was
/// announced with.
/// </summary>
internal sealed class HolidayAppService(HolidayRepository repo, AuditContext<QualityPolicyContractsModule> audit, ICurrentUser user, IClock clock)
    : IHolidayAppService
{
    public async Task<IReadOnlyList<HolidayDto>> GetYearAsync(int year, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Holidays.Default);
        if (year is < 2000 or > 2100) throw ValidationException.For("Year", ErrorCodes.InvalidValue);
        return await repo.GetExpandedAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
    }

    public async Task<HolidayDto> AddAsync(SaveHolidayInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Holidays.Manage);
        var check = new Check()
            .That(input.Day != null, nameof(input.Day), ErrorCodes.Required)
            .Required(nameof(input.NameKk), input.NameKk, QualityPolicyConsts.HolidayNameMax)
            .Required(nameof(input.NameRu), input.NameRu, QualityPolicyConsts.HolidayNameMax)
            .Required(nameof(input.NameEn), input.NameEn, QualityPolicyConsts.HolidayNameMax);
        if (input.Day is { } day) check.That(!await repo.ExistsAsync(day, ct), nameof(input.Day), QualityPolicyErrorCodes.HolidayExists);
        check.ThrowIfAny();
        var h = new HolidayDto
        {
            Id = Guid.NewGuid(), Day = input.Day!.Value, IsWorkingDay = input.IsWorkingDay,
            MovesOffWeekend = !input.IsWorkingDay && input.MovesOffWeekend, NameKk = input.NameKk.Trim(), NameRu = input.NameRu.Trim(),
            NameEn = input.NameEn.Trim(), Version = 1,
        };
        await repo.InsertIgnoreAsync(h, clock.UtcNow, user.UserName ?? "system", ct);
        await audit.WriteAsync("Holiday", h.Id, "Created", AuditChanges.Between(null, h), ct);
        return h;
    }

    public async Task RemoveAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Holidays.Manage);
        var h = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("Holiday", id);
        await repo.DeleteAsync(id, version, ct);
        await audit.WriteAsync("Holiday", id, "Deleted", AuditChanges.Between(h, null), ct);
    }
}

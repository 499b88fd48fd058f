using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>What the Reporting pages share: report names, the university's wall-clock time, the units a caller may pick.</summary>
internal sealed class ReportingView(ReportCatalogue catalogue, IIdentityIntegrationService identity, IOrganizationScope scopes, IUserClock clock)
{
    /// <summary>A new schedule fires by the university's clock unless its author picks another zone.</summary>
    public string DefaultTimeZone => clock.Zone.Id;

    /// <summary>The localization key of a report's name; an unknown key (a module removed) shows as it is.</summary>
    public string NameKey(string reportKey) => catalogue.TryGet(reportKey)?.NameKey ?? reportKey;

    public ReportDefinition? Definition(string reportKey) => catalogue.TryGet(reportKey);

    public DateTime ToLocal(DateTime utc, string? timeZone = null)
    {
        // A schedule's own zone wins for its fire times; everything else a person reads is in the university's zone.
        if (timeZone == null) return clock.Local(utc);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZone));
    }

    public async Task<IReadOnlyList<OrganizationUnitDto>> UnitsFor(IEnumerable<ReportParameter> parameters, CancellationToken ct)
    {
        if (!parameters.Any(p => p.Type == ReportParameterType.Unit)) return [];
        var scope = await scopes.GetAsync(ct);
        return (await identity.GetUnitsAsync(ct)).Where(u => scope.Contains(u.Id)).ToList();
    }

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without tz data, Kazakhstan's single zone (UTC+5 since 2024) is the sensible fallback.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(5), id, id);
        }
    }
}

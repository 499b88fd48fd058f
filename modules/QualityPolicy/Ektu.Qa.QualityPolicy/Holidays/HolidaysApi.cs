using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>REST endpoints of holidays and moved working days under /api/quality-policy; the app service checks the permission.</summary>
internal sealed class HolidaysApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/quality-policy", "QualityPolicy");

        api.MapGet("/holidays", (IHolidayAppService s, int year, CancellationToken ct) => s.GetYearAsync(year, ct))
            .WithName("QualityPolicy_ListHolidays").WithSummary("Lists a year's holidays and moved working days")
            .WithPermission(QualityPolicyPermissions.Holidays.Default);
        api.MapPost("/holidays", (IHolidayAppService s, SaveHolidayInput input, CancellationToken ct) => s.AddAsync(input, ct))
            .WithName("QualityPolicy_AddHoliday").WithSummary("Adds a holiday or a moved working day")
            .WithPermission(QualityPolicyPermissions.Holidays.Manage);
        api.MapDelete("/holidays/{id:guid}", (IHolidayAppService s, Guid id, int version, CancellationToken ct) =>
                s.RemoveAsync(id, version, ct).NoContent())
            .WithName("QualityPolicy_RemoveHoliday").WithSummary("Removes a holiday").WithPermission(QualityPolicyPermissions.Holidays.Manage);
    }
}

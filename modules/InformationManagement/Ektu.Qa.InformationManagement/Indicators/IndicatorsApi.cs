using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// REST endpoints under /api/information-management/indicators: definitions, the portal's push of values (batches with a
/// result per item), file import, and the read-only series Grafana charts (a bearer token of an API client holding the
/// read permission; README "Grafana").
/// </summary>
internal sealed class IndicatorsApi : IEndpointContributor
{
    public const string Route = "/api/information-management/indicators";

    public void Map(IEndpointRouteBuilder app)
    {
        const string read = InformationManagementPermissions.Indicators.Default;
        const string manage = InformationManagementPermissions.Indicators.Manage;
        var api = app.MapFeature(Route, "InformationManagement.Indicators");
        api.MapGet("", (IIndicatorAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("InformationManagement_ListIndicators").WithSummary("Monitored indicators with their latest period in scope.")
            .WithPermission(read);
        api.MapGet("/{id:guid}", (IIndicatorAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("InformationManagement_GetIndicator").WithSummary("An indicator and its values in the caller's scope.")
            .WithPermission(read);
        api.MapPost("", (IIndicatorAppService s, SaveIndicatorInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(i => $"{Route}/{i.Id}"))
            .WithName("InformationManagement_CreateIndicator").WithSummary("Defines an indicator: code, names, measure, level, threshold.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (IIndicatorAppService s, Guid id, SaveIndicatorInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("InformationManagement_UpdateIndicator").WithSummary("Edits an indicator (its code stays).").WithPermission(manage);
        api.MapPost("/{id:guid}/values", (IIndicatorAppService s, Guid id, SaveIndicatorValueInput input, CancellationToken ct) =>
                s.SaveValueAsync(id, input, ct))
            .WithName("InformationManagement_SaveIndicatorValue").WithSummary("Records the value of a unit for a period.")
            .WithPermission(manage);
        api.MapPost("/values", (IIndicatorAppService s, IndicatorPushItem[]? items, CancellationToken ct) => s.PushAsync(items, ct))
            .WithName("InformationManagement_PushIndicatorValues")
            .WithSummary("The portal's batch of values (at most 1000): a result per item; a repeated item writes nothing.")
            .WithPermission(InformationManagementPermissions.Indicators.Push);
        // Multipart (part "file"), read by hand as the other upload endpoints; the mapping names the column of each field.
        api.MapPost("/imports", async (IIndicatorAppService s, HttpRequest request, string? indicator, string? unit, string? period,
                string? value, CancellationToken ct) =>
            {
                var (fileName, _, stream) = await request.ReadUploadAsync(ct);
                await using var content = stream;
                var mapping = new IndicatorImportMapping();
                mapping.Indicator = indicator ?? mapping.Indicator;
                mapping.Unit = unit ?? mapping.Unit;
                mapping.Period = period ?? mapping.Period;
                mapping.Value = value ?? mapping.Value;
                return await s.ImportAsync(fileName, content, mapping, ct);
            })
            .WithName("InformationManagement_ImportIndicatorValues")
            .WithSummary("Imports a CSV or XLSX file of values (multipart); the query names each field's column header.")
            .WithPermission(manage);
        api.MapGet("/{code}/series", (IIndicatorAppService s, string code, string? unit, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                s.GetSeriesAsync(code, unit, from, to, ct))
            .WithName("InformationManagement_GetIndicatorSeries")
            .WithSummary("Read-only time series for Grafana (Infinity JSON): one row per unit and period, the period's first day as time.")
            .WithPermission(read);
    }
}

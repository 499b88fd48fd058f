using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages;

/// <summary>What the shared parameter fields need: the typed parameters, the values typed so far and their field errors.</summary>
internal sealed class ParameterFieldsModel
{
    public required IReadOnlyList<ReportParameter> Parameters { get; init; }
    public required IReadOnlyDictionary<string, string?> Values { get; init; }
    public required ModelStateDictionary Errors { get; init; }
    public IReadOnlyList<OrganizationUnitDto> Units { get; init; } = [];

    /// <summary>Form name prefix of the values ("Input.Parameters"); errors are keyed "Input." + parameter name.</summary>
    public string Prefix { get; init; } = "Input.Parameters";

    public string? Value(ReportParameter p) => Values.TryGetValue(p.Name, out var v) ? v : p.Default;

    public IEnumerable<string> ErrorsOf(ReportParameter p) =>
        Errors.TryGetValue("Input." + p.Name, out var e) ? e.Errors.Select(x => x.ErrorMessage) : [];
}

using System.Globalization;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Reporting.Definitions;

/// <summary>The reports every module contributed, and parameter validation against their definitions.</summary>
internal sealed class ReportCatalogue(IEnumerable<IReportDefinitionProvider> providers)
{
    private readonly Lazy<Dictionary<string, ReportDefinition>> _all = new(() =>
        providers.SelectMany(p => p.GetDefinitions()).ToDictionary(d => d.Key, StringComparer.Ordinal));

    public IReadOnlyCollection<ReportDefinition> All => _all.Value.Values;

    public ReportDefinition? TryGet(string key) => _all.Value.GetValueOrDefault(key ?? "");

    public ReportDefinition Get(string key) =>
        _all.Value.TryGetValue(key ?? "", out var d) ? d : throw ValidationException.For("reportKey", ReportingErrorCodes.UnknownReport);

    /// <summary>Typed values from invariant strings; every field error at once.</summary>
    public static Dictionary<string, object?> Validate(ReportDefinition d, ReportFormat format, IReadOnlyDictionary<string, string?> input)
    {
        var check = new Check();
        check.That(d.Formats.Contains(format), "format", ReportingErrorCodes.FormatNotSupported);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in d.Parameters)
        {
            var raw = input.TryGetValue(p.Name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : p.Default;
            if (raw == null)
            {
                check.That(!p.Required, p.Name, "Kernel:Required");
                values[p.Name] = null;
                continue;
            }
            switch (p.Type)
            {
                case ReportParameterType.Integer:
                    if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) check.Add(p.Name, "Kernel:InvalidValue");
                    else if ((p.Min.HasValue && n < p.Min) || (p.Max.HasValue && n > p.Max)) check.Add(p.Name, ReportingErrorCodes.OutOfRange);
                    else values[p.Name] = n;
                    break;
                case ReportParameterType.Date:
                    if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        check.Add(p.Name, ReportingErrorCodes.InvalidDate);
                    else if (!DateWindow.Contains(date)) check.Add(p.Name, ErrorCodes.DateOutOfRange);
                    else values[p.Name] = date;
                    break;
                case ReportParameterType.Choice:
                    if (p.Choices.Contains(raw, StringComparer.Ordinal)) values[p.Name] = raw;
                    else check.Add(p.Name, ReportingErrorCodes.InvalidChoice);
                    break;
                case ReportParameterType.Unit:
                    if (Guid.TryParse(raw, out var unit)) values[p.Name] = unit;
                    else check.Add(p.Name, "Kernel:InvalidValue");
                    break;
                default:
                    check.That(raw.Length <= 500, p.Name, "Kernel:TooLong")
                        .That(!InputText.HasControlCharacters(raw), p.Name, ErrorCodes.ControlCharacters);
                    values[p.Name] = raw;
                    break;
            }
        }
        check.ThrowIfAny();
        return values;
    }

    /// <summary>The normalised invariant form stored with a run or schedule.</summary>
    public static Dictionary<string, string?> Normalise(IReadOnlyDictionary<string, object?> values) =>
        values.ToDictionary(kv => kv.Key, kv => kv.Value switch
        {
            null => null,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var o => o.ToString(),
        });
}

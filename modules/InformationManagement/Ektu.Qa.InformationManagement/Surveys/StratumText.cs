using Ektu.Qa.Kernel.Localization;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// A stratum value as a person reads it. Study forms and languages are stored as codes ("FullTime", "kk") copied from the
/// student profiles, so they are named from the catalogue; programme codes and study years are already what people read,
/// and a code no catalogue knows (a profile imported with a new value) is shown as stored rather than hidden.
/// </summary>
internal static class StratumText
{
    public static string Value(IStringLocalizer l, StratumDimension dimension, string value)
    {
        if (value.Length == 0) return "—";
        if (dimension is not (StratumDimension.StudyForm or StratumDimension.Language)) return value;
        return l[$"InformationManagement:Surveys.{dimension}.{value}"] is { ResourceNotFound: false } s ? s.Value : value;
    }

    /// <summary>A response-rate row's label: "Study form: Full-time", or the survey's total.</summary>
    public static string Row(IStringLocalizer l, ResponseRateDto r) =>
        r.Dimension is { } d ? $"{l.Enum(d)}: {Value(l, d, r.Value)}" : l["App:Total"].Value;
}

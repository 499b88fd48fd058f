using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// The register of surveys as a report: the surveys the runner sees (permission and unit scope through
/// <see cref="ISurveyAppService"/>), with population, respondents and rate; no answer is read, so no group size applies.
/// </summary>
internal sealed class SurveyRegisterReport : IReportDefinitionProvider
{
    public const string Key = "InformationManagement.Surveys";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = Key,
            NameKey = "InformationManagement:Report.Surveys",
            Permission = InformationManagementPermissions.Surveys.Default,
            Parameters =
            [
                new ReportParameter
                {
                    Name = "target", LabelKey = "InformationManagement:Surveys.Target", Type = ReportParameterType.Choice,
                    Choices = Enum.GetNames<SurveyTarget>(), ChoiceKeyPrefix = "Enum:SurveyTarget.",
                },
            ],
            ColumnKeys =
            [
                "InformationManagement:Surveys.Title", "InformationManagement:Surveys.Template", "InformationManagement:Surveys.Unit",
                "InformationManagement:Surveys.Target", "InformationManagement:Surveys.OpensOn", "InformationManagement:Surveys.ClosesOn",
                "InformationManagement:Surveys.Phase", "InformationManagement:Surveys.Population", "InformationManagement:Surveys.Respondents",
                "InformationManagement:Surveys.Rate",
            ],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var l = sp.GetRequiredService<IStringLocalizer>();
        var target = Enum.TryParse<SurveyTarget>(context.Get<string>("target"), out var t) ? t : (SurveyTarget?)null;
        foreach (var s in await sp.GetRequiredService<ISurveyAppService>().GetListAsync(ct))
        {
            if (target != null && s.Target != target) continue;
            yield return [s.Title.Current, $"{s.TemplateCode} v{s.TemplateNumber}", s.UnitName, l.Enum(s.Target), s.OpensOn, s.ClosesOn,
                l.Enum(s.Phase), s.Population, s.Respondents, Representativeness.Rate(s.Population, s.Respondents)];
        }
    }
}

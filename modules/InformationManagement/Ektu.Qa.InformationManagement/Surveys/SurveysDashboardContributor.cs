using System.Globalization;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Surveys waiting for the caller's answer; open surveys in scope and their response rates as a chart.</summary>
internal sealed class SurveysDashboardContributor(ISurveyAppService surveys, ICurrentUser user, IStringLocalizer localizer) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        var cards = new List<DashboardCard>();
        if (await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Respond))
        {
            var waiting = (await surveys.GetMineAsync(ct)).Count(m => !m.Answered && m.Survey.Phase == SurveyPhase.Open);
            cards.Add(new DashboardCard("InformationManagement:Dashboard.SurveysToAnswer", Text(waiting),
                new DashboardLink("InformationManagement", "/Surveys/Mine", null)));
        }
        if (await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Default))
        {
            var open = (await surveys.GetListAsync(ct)).Count(s => s.Phase == SurveyPhase.Open);
            cards.Add(new DashboardCard("InformationManagement:Dashboard.OpenSurveys", Text(open),
                new DashboardLink("InformationManagement", "/Surveys/Index", null)));
        }
        return cards;
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Default)) return [];
        var open = (await surveys.GetListAsync(ct)).Where(s => s.Phase == SurveyPhase.Open).Take(10).ToList();
        var title = localizer["InformationManagement:Dashboard.ResponseRates"].Value;
        return
        [
            new DashboardChart("im-response-rates", title, DashboardChartKind.Bar, open.Select(s => s.Title.Current).ToList(),
                open.Count == 0
                    ? []
                    : [new DashboardSeries(title, open.Select(s => (decimal?)Representativeness.Rate(s.Population, s.Respondents)).ToList())])
            {
                Unit = "%",
            },
        ];
    }

    private static string Text(int n) => n.ToString(CultureInfo.CurrentCulture);
}

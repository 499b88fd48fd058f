using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// QaCommission's reports in the Reporting catalogue. <c>QaCommission.SemiAnnual</c>: the analytical report of a school's
/// commission — DOCX is the narrative document (<see cref="ReportDefinition.WriteDocx"/>), XLSX/CSV the annex; without a
/// year it covers the latest ended period of its kind, so a schedule (interim: 5 February, final: 5 July) needs no edits.
/// <c>QaCommission.DecisionsRegister</c>: the register of one school's commission or of every commission in scope.
/// </summary>
internal sealed class QaCommissionReportProvider : IReportDefinitionProvider
{
    public const string SemiAnnualKey = "QaCommission.SemiAnnual";

    public const string RegisterKey = "QaCommission.DecisionsRegister";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = SemiAnnualKey,
            NameKey = "QaCommission:Report.SemiAnnual",
            Permission = QaCommissionPermissions.Reports.Default,
            Parameters =
            [
                new ReportParameter { Name = "unit", LabelKey = "QaCommission:Report.School", Type = ReportParameterType.Unit, Required = true },
                new ReportParameter { Name = "kind", LabelKey = "QaCommission:Report.KindLabel", Type = ReportParameterType.Choice,
                    Choices = ["Interim", "Final"],
                    ChoiceKeyPrefix = "QaCommission:Report.Kind.", Required = true },
                new ReportParameter { Name = "year", LabelKey = "QaCommission:Report.AcademicYear",
                    Type = ReportParameterType.Integer, Min = 2000, Max = 2100 },
                new ReportParameter { Name = "language", LabelKey = "QaCommission:Report.Language",
                    Type = ReportParameterType.Choice, Choices = ["kk", "ru"] },
            ],
            Formats = [ReportFormat.Docx, ReportFormat.Xlsx, ReportFormat.Csv],
            ColumnKeys = SemiAnnualWriter.AnnexColumnKeys,
            Rows = SemiAnnualRows,
            WriteDocx = WriteSemiAnnualAsync,
        },
        new ReportDefinition
        {
            Key = RegisterKey,
            NameKey = "QaCommission:Report.DecisionsRegister",
            Permission = QaCommissionPermissions.Decisions.Default,
            Parameters =
            [
                new ReportParameter { Name = "unit", LabelKey = "QaCommission:Report.School", Type = ReportParameterType.Unit },
                new ReportParameter { Name = "filter", LabelKey = "QaCommission:Report.RegisterFilter", Type = ReportParameterType.Choice,
                    Choices = ["all", "overdue"], Default = "all" },
            ],
            ColumnKeys = RegisterExport.ColumnKeys,
            Rows = RegisterRows,
        },
    ];

    private static async Task<(SemiAnnualData Data, MinutesLanguage Language)> CollectAsync(ReportContext context, CancellationToken ct)
    {
        var sp = context.Services;
        var unit = context.Get<Guid?>("unit") ?? Guid.Empty;
        var kind = Enum.Parse<SemiAnnualKind>(context.Get<string>("kind") ?? nameof(SemiAnnualKind.Final));
        var language = (context.Get<string>("language") ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) == "kk"
            ? MinutesLanguage.Kk : MinutesLanguage.Ru;
        var today = sp.GetRequiredService<QaCommissionCalendar>().Today;
        var year = context.Get<int?>("year") ?? ReportPeriod.LatestEndedYear(kind, today);
        var scope = await sp.GetRequiredService<IOrganizationScope>().GetAsync(ct);
        var me = sp.GetRequiredService<ICurrentUser>().Id ?? Guid.Empty;
        // The school's active commission, else its latest one (a report after a dissolution still has a subject).
        var commission = (await sp.GetRequiredService<CommissionRepository>().ListAsync(scope, me, ct))
            .Where(c => c.SchoolUnitId == unit).OrderBy(c => c.State == CommissionState.Active ? 0 : 1)
                .ThenByDescending(c => c.OrderDate).FirstOrDefault()
            ?? throw new EntityNotFoundException("Commission", unit);
        commission = await sp.GetRequiredService<SemiAnnualReportAppService>().LoadAsync(commission.Id, ct);
        return (await sp.GetRequiredService<SemiAnnualCollector>().CollectAsync(commission, year, kind, ct), language);
    }

    private static async IAsyncEnumerable<object?[]> SemiAnnualRows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var (data, language) = await CollectAsync(context, ct);
        foreach (var row in context.Services.GetRequiredService<SemiAnnualWriter>().AnnexRows(data, language)) yield return row;
    }

    private static async Task WriteSemiAnnualAsync(ReportContext context, Stream output, CancellationToken ct)
    {
        var (data, language) = await CollectAsync(context, ct);
        context.Services.GetRequiredService<SemiAnnualWriter>().WriteDocx(data, language, output);
    }

    private static async IAsyncEnumerable<object?[]> RegisterRows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var l = sp.GetRequiredService<IStringLocalizer>();
        var overdueOnly = context.Get<string>("filter") == "overdue";
        var scope = await sp.GetRequiredService<IOrganizationScope>().GetAsync(ct);
        var me = sp.GetRequiredService<ICurrentUser>().Id ?? Guid.Empty;
        IReadOnlySet<Guid>? units = context.Get<Guid?>("unit") is { } unit
            ? (await sp.GetRequiredService<Ektu.Qa.Identity.IIdentityIntegrationService>().GetSubtreeAsync(unit, ct)).ToHashSet()
            : null;
        var register = sp.GetRequiredService<IDecisionRegisterAppService>();
        var db = sp.GetRequiredService<IDbSession>();
        foreach (var c in await sp.GetRequiredService<CommissionRepository>().ListAsync(scope, me, ct))
        {
            if (units != null && !units.Contains(c.SchoolUnitId)) continue;
            var evidence = await RegisterExport.EvidenceCountsAsync(db, c.Id, ct);
            foreach (var e in await register.GetRegisterAsync(c.Id, overdueOnly, ct))
                yield return RegisterExport.Row(e, evidence.GetValueOrDefault(e.Decision.Id), l);
        }
    }
}

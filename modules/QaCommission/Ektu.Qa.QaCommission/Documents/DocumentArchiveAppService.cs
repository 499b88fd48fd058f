using System.Globalization;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Reports;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>
/// Gathers the commission's documents from where they live (order, meetings, register, reports, the evidence library)
/// and places each in the academic year of its date. A kind is listed only when the caller may download it, with the
/// same rule as its download method, so no row leads to a 403.
/// </summary>
internal sealed class DocumentArchiveAppService(
    CommissionAccess access, MeetingRepository meetings, DocumentArchiveRepository repo, QaCommissionReportRepository reports,
    IReadinessIntegrationService readiness,
    IUnitDirectory units, ICurrentUser user, QaCommissionCalendar calendar) : IDocumentArchiveAppService
{
    public async Task<DocumentArchiveDto> GetDocumentsAsync(Guid commissionId, DocumentFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        if (filter.Kind is { } k && !Enum.IsDefined(k)) throw ValidationException.For(nameof(filter.Kind), ErrorCodes.InvalidValue);
        var c = await access.LoadVisibleAsync(commissionId, ct);
        c.SchoolName = await units.NameAsync(c.SchoolUnitId, ct);
        var scope = await units.ScopeAsync(ct);

        var all = new List<ArchiveDocumentDto>();
        if (c.OrderFileName != null) all.Add(Doc(DocumentKind.Order, c.Id, null, "№ " + c.OrderNumber, c.OrderFileName, c.OrderDate));

        if (await user.HasPermissionAsync(QaCommissionPermissions.Meetings.Default))
        {
            foreach (var m in await repo.GetMaterialsAsync(commissionId, ct))
                all.Add(Doc(DocumentKind.Material, m.Id, m.MeetingId, m.FileName, m.FileName, m.MeetingDate));
            foreach (var m in await meetings.ListAsync(commissionId, ct))
            {
                if (m.MinutesNumber is not { } number) continue;
                var title = string.Create(CultureInfo.InvariantCulture, $"№{number}/{m.MinutesYear}");
                all.Add(Doc(DocumentKind.Minutes, m.Id, m.Id, title, null, m.MeetingDate));
                if (m.ScanStoragePath != null) all.Add(Doc(DocumentKind.SignedMinutes, m.Id, m.Id, title, m.ScanFileName, m.MeetingDate));
            }
        }

        if (await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Default))
        {
            foreach (var e in await repo.GetEvidenceFilesAsync(commissionId, ct))
                all.Add(Doc(DocumentKind.ExecutionEvidence, e.Id, e.MeetingId, e.DecisionText, e.FileName, calendar.ToLocalDate(e.CreatedAt)));
        }

        // Same rule as the report's own download: the permission in the school's scope, or an officer of the commission.
        if ((await user.HasPermissionAsync(QaCommissionPermissions.Reports.Default) && scope.Contains(c.SchoolUnitId))
            || await access.IsOfficerAsync(commissionId, ct))
        {
            foreach (var r in await reports.ListAsync(commissionId, ct))
            {
                all.Add(new ArchiveDocumentDto
                {
                    Kind = DocumentKind.Report, Id = r.Id,
                        Title = string.Create(CultureInfo.InvariantCulture, $"{r.AcademicYear}/{r.AcademicYear + 1}"),
                    Date = r.PeriodTo, AcademicYear = r.AcademicYear, ReportKind = r.Kind, Language = r.Language,
                });
            }
        }

        if (await user.HasPermissionAsync(ExternalAccreditationPermissions.Readiness.Default))
        {
            var school = await SchoolSubtreeAsync(c.SchoolUnitId, ct);
            var visible = school.Where(scope.Contains).ToList();
            if (visible.Count > 0)
            {
                foreach (var e in await readiness.GetEvidenceAsync(visible, ct))
                {
                    all.Add(new ArchiveDocumentDto
                    {
                        Kind = DocumentKind.EvidenceDocument, Id = e.Id, Title = e.Title, Date = e.DocumentDate,
                        AcademicYear = ReportPeriod.AcademicYearOf(e.DocumentDate), Location = e.Location,
                    });
                }
            }
        }

        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        var documents = all
            .Where(d => filter.AcademicYear == null || d.AcademicYear == filter.AcademicYear)
            .Where(d => filter.Kind == null || d.Kind == filter.Kind)
            .Where(d => search == null || Contains(d.Title, search) || (d.FileName != null && Contains(d.FileName, search)))
            .OrderByDescending(d => d.Date).ThenBy(d => d.Kind).ThenBy(d => d.Title, StringComparer.CurrentCulture)
            .ToList();
        return new DocumentArchiveDto { Commission = c,
            Years = all.Select(d => d.AcademicYear).Distinct().OrderDescending().ToList(), Documents = documents };
    }

    private static ArchiveDocumentDto Doc(DocumentKind kind, Guid id, Guid? meetingId, string title, string? fileName, DateOnly date) => new()
    {
        Kind = kind, Id = id, MeetingId = meetingId, Title = title, FileName = fileName, Date = date,
            AcademicYear = ReportPeriod.AcademicYearOf(date),
    };

    private static bool Contains(string text, string part) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part, CompareOptions.IgnoreCase) >= 0;

    /// <summary>The school and every unit below it (departments keep evidence for the school's programmes).</summary>
    private async Task<HashSet<Guid>> SchoolSubtreeAsync(Guid schoolId, CancellationToken ct)
    {
        var all = await units.UnitsAsync(ct);
        var set = new HashSet<Guid> { schoolId };
        bool added;
        do
        {
            added = false;
            foreach (var u in all.Values)
                if (u.ParentId is { } p && set.Contains(p) && set.Add(u.Id)) added = true;
        }
        while (added);
        return set;
    }
}

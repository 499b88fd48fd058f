using System.Security.Cryptography;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// The semi-annual analytical report on demand. Allowed to holders of <c>QaCommission.Reports</c> whose scope covers the
/// school, and to the commission's chair, deputy and secretary (004 §6: they prepare it); another school's commission is 404.
/// </summary>
internal sealed class SemiAnnualReportAppService(
    CommissionRepository commissions, CommissionAccess access, SemiAnnualCollector collector, SemiAnnualWriter writer,
    QaCommissionReportRepository reports,
    IIdentityIntegrationService identity, IMailOutbox mail, INotificationSender notifications, IAuditLog audit,
        ICurrentUser user, IOrganizationScope scopes,
    QaCommissionCalendar calendar, FileStore files) : ISemiAnnualReportAppService
{
    /// <summary>Who receives it in the school: the School Council, the dean's office, the Academic Quality Department (004 §7.6).</summary>
    public static readonly string[] RecipientRoles = ["SchoolCouncil", Notifier.DeanRole, Notifier.QualityOfficerRole];

    public async Task<IReadOnlyList<CommissionDto>> GetReportableAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var permitted = await user.HasPermissionAsync(QaCommissionPermissions.Reports.Default);
        var names = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        var list = new List<CommissionDto>();
        foreach (var c in await commissions.ListAsync(scope, user.Id ?? Guid.Empty, ct))
        {
            if (!(permitted && scope.Contains(c.SchoolUnitId)) && !await access.IsOfficerAsync(c.Id, ct)) continue;
            c.SchoolName = names.GetValueOrDefault(c.SchoolUnitId) ?? "";
            list.Add(c);
        }
        return list;
    }

    public async Task<FileDownload> GetDocumentAsync(SemiAnnualReportInput input, CancellationToken ct = default)
    {
        var (data, _) = await CollectAsync(input, ct);
        return new FileDownload(FileName(data, input.Language, "docx"), FileInspector.ContentType("docx"),
            new MemoryStream(Docx(data, input.Language)));
    }

    public async Task<FileDownload> GetAnnexAsync(SemiAnnualReportInput input, CancellationToken ct = default)
    {
        var (data, _) = await CollectAsync(input, ct);
        return new FileDownload(FileName(data, input.Language, "xlsx"), FileInspector.ContentType("xlsx"),
            new MemoryStream(Xlsx(data, input.Language)));
    }

    public async Task<QaCommissionReportDto> SendAsync(SemiAnnualReportInput input, CancellationToken ct = default)
    {
        var (data, c) = await CollectAsync(input, ct);
        var holders = await identity.GetRoleHoldersAsync(c.SchoolUnitId, RecipientRoles, ct);
        if (holders.Count == 0) throw new QaException(ReportErrorCodes.NoRecipients, 409);
        var docx = Docx(data, input.Language);
        var xlsx = Xlsx(data, input.Language);
        var lang = SemiAnnualWriter.Lang(input.Language);
        var school = lang == "kk" ? data.SchoolNameKk : data.SchoolNameRu;
        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, writer.Text("QaCommission:Report.MailSubject", lang),
            writer.Text("QaCommission:Report.Kind." + data.Kind, lang), $"{data.AcademicYear}/{data.AcademicYear + 1}", school);
        var emails = holders.Select(h => h.Email).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (emails.Count > 0)
        {
            var body = writer.Text("QaCommission:Report.MailBody", lang);
            await mail.EnqueueAsync(new OutgoingMail
            {
                To = emails, Subject = subject, HtmlBody = "<p>" + System.Net.WebUtility.HtmlEncode(body) + "</p>", TextBody = body,
                Attachments = [MailAttachment.FromBytes(FileName(data, input.Language, "docx"), FileInspector.ContentType("docx"), docx),
                    MailAttachment.FromBytes(FileName(data, input.Language, "xlsx"), FileInspector.ContentType("xlsx"), xlsx)],
            }, ct);
        }
        foreach (var h in holders.Select(h => h.Id).Distinct())
            await notifications.NotifyAsync(h, "QaCommission:Notice.SemiAnnualReport", [subject], "/QaCommission/Reports?id=" + c.Id, ct);
        var report = new QaCommissionReportDto
        {
            Id = Guid.NewGuid(), CommissionId = c.Id, AcademicYear = data.AcademicYear, Kind = data.Kind, Language = input.Language,
                PeriodFrom = data.From, PeriodTo = data.To,
            DocxChecksum = Sha(docx), XlsxChecksum = Sha(xlsx), Recipients = emails.Count, CreatedAt = calendar.UtcNow,
                CreatedBy = user.UserName ?? "system",
        };
        // The files as sent are kept with the report: generated again later, they would show later data.
        var (docxPath, _) = await files.SaveAsync(docx, "docx", ct);
        var (xlsxPath, _) = await files.SaveAsync(xlsx, "xlsx", ct);
        await reports.InsertAsync(report, docxPath, xlsxPath, ct);
        await audit.WriteAsync("QaCommission", "QcReport", report.Id, "Sent", AuditChanges.Between(null, report), ct, unitId: c.SchoolUnitId);
        return report;
    }

    public async Task<FileDownload> DownloadSentAsync(Guid reportId, bool annex, CancellationToken ct = default)
    {
        var r = await reports.FindFilesAsync(reportId, ct) ?? throw new EntityNotFoundException("QcReport", reportId);
        try
        {
            await LoadAsync(r.CommissionId, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("QcReport", reportId);
        }
        var path = annex ? r.XlsxPath : r.DocxPath;
        if (path == null || !await files.ExistsAsync(path, ct)) throw new EntityNotFoundException("QcReport", reportId);
        return new FileDownload(FileName(r.AcademicYear, r.Kind, r.Language, annex), FileInspector.ContentType(annex ? "xlsx" : "docx"),
            files.OpenRead(path));
    }

    public async Task<IReadOnlyList<QaCommissionReportDto>> GetHistoryAsync(Guid commissionId, CancellationToken ct = default)
    {
        await LoadAsync(commissionId, ct);
        return await reports.ListAsync(commissionId, ct);
    }

    /// <summary>The commission, when the caller may report on it (see the class summary).</summary>
    public async Task<CommissionDto> LoadAsync(Guid commissionId, CancellationToken ct)
    {
        var c = await access.LoadVisibleAsync(commissionId, ct);
        if (await user.HasPermissionAsync(QaCommissionPermissions.Reports.Default) && (await scopes.GetAsync(ct)).Contains(c.SchoolUnitId)) return c;
        if (await access.IsOfficerAsync(commissionId, ct)) return c;
        throw new QaException(ErrorCodes.Forbidden, 403);
    }

    private async Task<(SemiAnnualData, CommissionDto)> CollectAsync(SemiAnnualReportInput input, CancellationToken ct)
    {
        new Check()
            .That(input.AcademicYear is >= 2000 and <= 2100, nameof(input.AcademicYear), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.Kind), nameof(input.Kind), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.Language), nameof(input.Language), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var c = await LoadAsync(input.CommissionId, ct);
        return (await collector.CollectAsync(c, input.AcademicYear, input.Kind, ct), c);
    }

    private byte[] Docx(SemiAnnualData data, MinutesLanguage language)
    {
        using var ms = new MemoryStream();
        writer.WriteDocx(data, language, ms);
        return ms.ToArray();
    }

    private byte[] Xlsx(SemiAnnualData data, MinutesLanguage language)
    {
        using var ms = new MemoryStream();
        writer.WriteXlsx(data, language, ms);
        return ms.ToArray();
    }

    private static string FileName(SemiAnnualData d, MinutesLanguage language, string ext) =>
        FileName(d.AcademicYear, d.Kind, language, ext == "xlsx");

    private static string FileName(int year, SemiAnnualKind kind, MinutesLanguage language, bool annex) =>
        $"qa-report-{year}-{year + 1}-{kind.ToString().ToLowerInvariant()}-"
        + $"{language.ToString().ToLowerInvariant()}{(annex ? "-annex.xlsx" : ".docx")}";

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

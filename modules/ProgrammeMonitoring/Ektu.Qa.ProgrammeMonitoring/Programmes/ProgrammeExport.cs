using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>The register's columns in Excel, one definition for the page's export and the API's.</summary>
internal sealed class ProgrammeExport(IStringLocalizer l)
{
    public const string FileName = "programmes";

    public string SheetName => l["Menu:ProgrammeMonitoring.Programmes"];

    public IReadOnlyList<ExcelColumn<ProgrammeDto>> Columns =>
    [
        new(l["ProgrammeMonitoring:GroupCode"], p => p.GroupCode),
        new(l["ProgrammeMonitoring:Title"], p => p.Title),
        new(l["ProgrammeMonitoring:TitleKk"], p => p.TitleKk),
        new(l["ProgrammeMonitoring:TitleRu"], p => p.TitleRu),
        new(l["ProgrammeMonitoring:TitleEn"], p => p.TitleEn),
        new(l["ProgrammeMonitoring:Level"], p => l.Enum(p.Level)),
        new(l["ProgrammeMonitoring:School"], p => p.SchoolName),
        new(l["ProgrammeMonitoring:Department"], p => p.DepartmentName),
        new(l["ProgrammeMonitoring:Status"], p => l.Enum(p.Status)),
        new(l["ProgrammeMonitoring:ApprovedVersion"], p => p.ApprovedNumber),
        new(l["ProgrammeMonitoring:LatestVersion"], p => p.LatestNumber),
        new(l["ProgrammeMonitoring:OpenProposals"], p => p.OpenProposals),
    ];

    /// <summary>The workbook as an API result.</summary>
    public IResult File(IReadOnlyList<ProgrammeDto> rows)
    {
        var ms = new MemoryStream();
        ExcelWriter.Write(ms, SheetName, Columns, rows);
        ms.Position = 0;
        return Results.File(ms, FileInspector.ContentType("xlsx"), $"{FileName}.xlsx");
    }
}

using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>The assessments' columns in Excel, one definition for the page's export and the API's.</summary>
internal sealed class AssessmentExport(IStringLocalizer l)
{
    public const string FileName = "assessments";

    public string SheetName => l["Menu:ExternalAccreditation.Assessments"];

    public IReadOnlyList<ExcelColumn<AssessmentDto>> Columns =>
    [
        new(l["ExternalAccreditation:Assessments.Title"], a => a.Title),
        new(l["ExternalAccreditation:Agency"], a => a.AgencyCode),
        new(l["ExternalAccreditation:Unit"], a => a.UnitName),
        new(l["ExternalAccreditation:Kind"], a => l.Enum(a.Kind)),
        new(l["ExternalAccreditation:Assessments.State"], a => l.Enum(a.State)),
        new(l["ExternalAccreditation:Decision"], a => l.Enum(a.Decision)),
        new(l["ExternalAccreditation:Assessments.StartedOn"], a => a.StartedOn),
        new(l["ExternalAccreditation:Assessments.ClosedOn"], a => a.ClosedOn),
    ];

    public IResult File(IReadOnlyList<AssessmentDto> rows)
    {
        var ms = new MemoryStream();
        ExcelWriter.Write(ms, SheetName, Columns, rows);
        ms.Position = 0;
        return Results.File(ms, FileInspector.ContentType("xlsx"), $"{FileName}.xlsx");
    }
}

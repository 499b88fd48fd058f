using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>The accreditations' columns in Excel, one definition for the page's export and the API's.</summary>
internal sealed class AccreditationExport(IStringLocalizer l)
{
    public const string FileName = "accreditations";

    public string SheetName => l["Menu:ExternalAccreditation.Accreditations"];

    public IReadOnlyList<ExcelColumn<AccreditationDto>> Columns =>
    [
        new(l["ExternalAccreditation:Agency"], a => a.AgencyCode),
        new(l["ExternalAccreditation:Unit"], a => a.UnitName),
        new(l["ExternalAccreditation:Kind"], a => l.Enum(a.Kind)),
        new(l["ExternalAccreditation:Reach"], a => l.Enum(a.Reach)),
        new(l["ExternalAccreditation:Programmes"], a => string.Join("; ", a.ProgrammeNames)),
        new(l["ExternalAccreditation:Decision"], a => l.Enum(a.Decision)),
        new(l["ExternalAccreditation:DecidedOn"], a => a.DecidedOn),
        new(l["ExternalAccreditation:ValidFrom"], a => a.ValidFrom),
        new(l["ExternalAccreditation:ValidTo"], a => a.ValidTo),
        new(l["ExternalAccreditation:Status"], a => l.Enum(a.Status)),
        new(l["ExternalAccreditation:WarningMonths"], a => a.WarningMonths),
        new(l["ExternalAccreditation:FollowUpDueOn"], a => a.FollowUpDueOn),
        new(l["ExternalAccreditation:Conditions"], a => a.Conditions),
    ];

    /// <summary>The workbook as an API result.</summary>
    public IResult File(IReadOnlyList<AccreditationDto> rows)
    {
        var ms = new MemoryStream();
        ExcelWriter.Write(ms, SheetName, Columns, rows);
        ms.Position = 0;
        return Results.File(ms, FileInspector.ContentType("xlsx"), $"{FileName}.xlsx");
    }
}

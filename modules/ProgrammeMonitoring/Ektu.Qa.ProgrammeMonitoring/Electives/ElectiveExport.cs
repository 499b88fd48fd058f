using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>The catalogues' and a catalogue's courses' columns in Excel, one definition for the pages' exports and the API's.</summary>
internal sealed class ElectiveExport(IStringLocalizer l)
{
    public string CataloguesSheet => l["Menu:ProgrammeMonitoring.Electives"];

    public IReadOnlyList<ExcelColumn<ElectiveCatalogueDto>> CatalogueColumns =>
    [
        new(l["ProgrammeMonitoring:Electives.AcademicYear"], c => c.YearText),
        new(l["ProgrammeMonitoring:School"], c => c.SchoolName),
        new(l["ProgrammeMonitoring:Status"], c => l.Enum(c.Status)),
        new(l["ProgrammeMonitoring:Electives.Courses"], c => c.CourseCount),
        new(l["ProgrammeMonitoring:Electives.Endorsed"], c => c.EndorsedCount),
        new(l["ProgrammeMonitoring:Electives.AnalysedOn"], c => c.AnalysedOn),
        new(l["ProgrammeMonitoring:Electives.PublishedAt"], c => c.PublishedAt),
    ];

    public IReadOnlyList<ExcelColumn<ElectiveCourseDto>> CourseColumns =>
    [
        new(l["ProgrammeMonitoring:CourseCode"], x => x.Code),
        new(l["ProgrammeMonitoring:TitleKk"], x => x.TitleKk),
        new(l["ProgrammeMonitoring:TitleRu"], x => x.TitleRu),
        new(l["ProgrammeMonitoring:TitleEn"], x => x.TitleEn),
        new(l["ProgrammeMonitoring:Department"], x => x.DepartmentName),
        new(l["ProgrammeMonitoring:Credits"], x => x.Credits),
        new(l["ProgrammeMonitoring:Semester"], x => x.Semester),
        new(l["ProgrammeMonitoring:GroupCode"], x => x.ProgrammeCode),
        new(l["ProgrammeMonitoring:Electives.Outcomes"], x => x.Outcomes),
        new(l["ProgrammeMonitoring:Electives.Employer"], x => x.EmployerOrganisation),
        new(l["ProgrammeMonitoring:Electives.EmployerPerson"], x => x.EmployerPerson),
        new(l["ProgrammeMonitoring:Electives.EndorsedOn"], x => x.EndorsedOn),
        new(l["ProgrammeMonitoring:Electives.Comment"], x => x.EndorsementComment),
    ];

    public IResult CataloguesFile(IReadOnlyList<ElectiveCatalogueDto> rows) => File("elective-catalogues", CataloguesSheet, CatalogueColumns, rows);

    public IResult CoursesFile(ElectiveCatalogueDetailsDto d) =>
        File($"electives-{d.Catalogue.AcademicYear}", d.Catalogue.YearText, CourseColumns, d.Courses);

    private static IResult File<T>(string name, string sheet, IReadOnlyList<ExcelColumn<T>> columns, IReadOnlyList<T> rows)
    {
        var ms = new MemoryStream();
        ExcelWriter.Write(ms, sheet, columns, rows);
        ms.Position = 0;
        return Results.File(ms, FileInspector.ContentType("xlsx"), $"{name}.xlsx");
    }
}

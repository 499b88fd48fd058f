using DocumentFormat.OpenXml.Packaging;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Passport;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>The passport of a version holds every field, outcome and course in the language asked, and reads well in LibreOffice.</summary>
public sealed class PassportTests
{
    private static IProgrammePassportAppService Passports(IServiceProvider sp) => sp.GetRequiredService<IProgrammePassportAppService>();

    private static async Task<(MemoryStream File, string Name)> PassportAsync(TestApp app, Guid id, int number, PassportLanguage language,
        string user = "aqd")
    {
        var file = await app.AsAsync(user, sp => Passports(sp).GetAsync(id, number, language));
        var ms = new MemoryStream();
        await using (file.Content) await file.Content.CopyToAsync(ms);
        ms.Position = 0;
        return (ms, file.FileName);
    }

    private static string Text(Stream docx)
    {
        docx.Position = 0;
        using var doc = WordprocessingDocument.Open(docx, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_HoldEveryOutcomeCourseAndMapRowInTheLanguageAsked_When_EachLanguageIsPicked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();
        var c = p.Latest.Content;

        foreach (var language in Enum.GetValues<PassportLanguage>())
        {
            var (file, name) = await PassportAsync(app, p.Programme.Id, 1, language);
            using (file)
            {
                DocxSchema.Errors(file).ShouldBeEmpty();
                var text = Text(file);
                name.ShouldBe($"passport-B058-v1-{language.ToString().ToLowerInvariant()}.docx");
                string Pick(string kk, string ru, string en) => language switch { PassportLanguage.Kk => kk, PassportLanguage.Ru => ru, _ => en };
                text.ShouldContain(Pick(c.TitleKk, c.TitleRu, c.TitleEn));
                text.ShouldContain(Pick(c.DegreeKk, c.DegreeRu, c.DegreeEn));
                foreach (var o in c.Outcomes) text.ShouldContain(Pick(o.TextKk, o.TextRu, o.TextEn));
                foreach (var x in c.Courses)
                {
                    text.ShouldContain(x.Code);
                    text.ShouldContain(Pick(x.TitleKk, x.TitleRu, x.TitleEn));
                }
                // Outcome 3 of the demo content has no course: the passport names the gap.
                text.ShouldContain("LO3");
                if (language == PassportLanguage.En)
                {
                    text.ShouldContain("Outcomes no course covers: LO3");
                    text.ShouldContain("Credits (ECTS)");
                    text.ShouldNotContain(c.Outcomes[0].TextRu);
                }
            }
        }
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_Answer404_When_TheProgrammeIsAnotherSchoolsOrTheVersionIsUnknown(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();

        await Should.ThrowAsync<EntityNotFoundException>(() => PassportAsync(app, p.Programme.Id, 1, PassportLanguage.Ru, "teacher3"));
        await Should.ThrowAsync<EntityNotFoundException>(() => PassportAsync(app, p.Programme.Id, 9, PassportLanguage.Ru));
    }

    [Fact]
    public async Task Get_Should_PrintInPortraitWithNoWordBroken_When_LibreOfficeLaysItOut()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var p = await app.CreateAsync();

        var (file, _) = await PassportAsync(app, p.Programme.Id, 1, PassportLanguage.Kk);
        using (file)
        {
            var pages = await DocxRendering.RenderAsync(file);
            pages.ShouldAllBe(x => !x.Landscape);
            DocxRendering.BrokenWords(file, pages).ShouldBeEmpty();
        }
    }
}

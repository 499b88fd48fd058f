using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Export;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class WordTextTests
{
    private static (bool Bold, bool Italic, string Size) Look(Run r) =>
        (r.RunProperties!.Bold != null, r.RunProperties.Italic != null, r.RunProperties.FontSize!.Val!.Value!);

    [Fact]
    public void Heading_Should_GrowFromSectionToTitle_When_LevelIsHigher()
    {
        var title = WordText.Heading("Есеп", 1);
        title.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Center);
        Look(title.Elements<Run>().Single()).ShouldBe((true, false, "28"));
        Look(WordText.Heading("Стандарт 1", 2).Elements<Run>().Single()).ShouldBe((true, false, "26"));
        var section = WordText.Heading("1. Тізім", 3);
        section.ParagraphProperties.ShouldBeNull();
        Look(section.Elements<Run>().Single()).ShouldBe((true, false, "24"));
    }

    [Fact]
    public void Label_Should_BoldTheLabelOnly_When_Written()
    {
        var runs = WordText.Label("Бөлім", "СИТИС").Elements<Run>().ToList();
        runs.Select(r => r.InnerText).ShouldBe(["Бөлім: ", "СИТИС"]);
        Look(runs[0]).ShouldBe((true, false, "24"));
        Look(runs[1]).ShouldBe((false, false, "24"));
    }

    [Fact]
    public void Lines_Should_MakeOneParagraphPerLine_When_TextHasWindowsOrUnixBreaks() =>
        WordText.Lines("бір\r\nекі\nүш").Select(p => p.InnerText).ShouldBe(["бір", "екі", "үш"]);

    [Fact]
    public void Bullet_Should_HangTheBulletInTheIndent_When_Written()
    {
        var p = WordText.Bullet("Күшті жақ");
        p.InnerText.ShouldBe("• Күшті жақ");
        var indent = p.ParagraphProperties!.Indentation!;
        indent.Left!.Value.ShouldBe(indent.Hanging!.Value);
        Look(p.Elements<Run>().Single()).ShouldBe((false, false, "24"));
    }

    [Fact]
    public void Centered_Should_CentreAnItalicLine_When_Asked() =>
        Look(WordText.Centered("2026", italic: true).Elements<Run>().Single()).ShouldBe((false, true, "24"));
}

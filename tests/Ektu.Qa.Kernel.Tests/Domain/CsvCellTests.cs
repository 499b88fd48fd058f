using Ektu.Qa.Kernel.Export;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+7 701", "'+7 701")]
    [InlineData("-x", "'-x")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("a=1", "a=1")]
    [InlineData("", "")]
    [InlineData("'quoted", "'quoted")]
    public void Neutralise_Should_PrefixApostrophe_When_TextStartsWithAFormulaTrigger(string text, string expected) =>
        CsvCell.Neutralise(text).ShouldBe(expected);

    [Fact]
    public void For_Should_KeepNegativeNumbers_When_ValueIsNumeric()
    {
        CsvCell.For(-5, "-5", ",").ShouldBe("-5");
        CsvCell.For(-1.5d, "-1,5", ";").ShouldBe("-1,5");
        CsvCell.For("-5", "-5", ",").ShouldBe("'-5");
    }

    [Fact]
    public void For_Should_QuoteAfterNeutralising_When_TextHoldsSeparatorOrQuote() =>
        CsvCell.For("=HYPERLINK(\"x\",\"y\")", "=HYPERLINK(\"x\",\"y\")", ",").ShouldBe("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

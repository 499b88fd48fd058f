using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class InputTextTests
{
    [Theory]
    [InlineData("plain", false)]
    [InlineData("tab\tCR\rLF\n", false)]
    [InlineData("Қазақша мәтін", false)]
    [InlineData("nul\u0000", true)]
    [InlineData("bell\u0007", true)]
    [InlineData("unit separator\u001F", true)]
    [InlineData("delete\u007F is not C0", false)]
    public void HasControlCharacters_Should_FlagOnlyC0ExceptTabCrLf_When_TextIsChecked(string text, bool expected) =>
        InputText.HasControlCharacters(text).ShouldBe(expected);

    [Fact]
    public void ForXml_Should_ReplaceCharactersXmlCannotHold_When_StoredTextHasThem()
    {
        InputText.ForXml("a\u0001b\tc\uFFFEd\uD800e😀").ShouldBe("a\uFFFDb\tc\uFFFDd\uFFFDe😀");
        var clean = "Қазақша\r\nмәтін";
        InputText.ForXml(clean).ShouldBeSameAs(clean);
        InputText.ForXml(null).ShouldBe("");
    }
}

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
    [InlineData("right-to-left override\u202E", true)]
    [InlineData("left-to-right embedding\u202A", true)]
    [InlineData("isolate\u2066", true)]
    [InlineData("pop isolate\u2069", true)]
    [InlineData("zero-width joiner\u200D and no-break\u00A0 space", false)]
    public void HasControlCharacters_Should_FlagC0ExceptTabCrLfAndBidiControls_When_TextIsChecked(string text, bool expected) =>
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

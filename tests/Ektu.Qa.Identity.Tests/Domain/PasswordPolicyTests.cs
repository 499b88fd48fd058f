using Ektu.Qa.Identity.Users;

namespace Ektu.Qa.Identity.Tests.Domain;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Abcdefg1", true)]
    [InlineData("Abcdef1", false)]
    [InlineData("abcdefgh", false)]
    [InlineData("12345678", false)]
    [InlineData(null, false)]
    public void IsStrong_Should_RequireEightCharactersLettersAndDigits(string? password, bool strong) =>
        PasswordPolicy.IsStrong(password).ShouldBe(strong);
}
